package org.loyaltyhub.application.fake;

import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.contract.SlabHistoriesContract;

/** The in-memory fake keeps the same promises as the database adapter. */
class InMemorySlabHistoriesTest extends SlabHistoriesContract {
    private final InMemoryStore store = new InMemoryStore();

    @Override
    protected SlabHistories slabHistories() {
        return store.slabHistories;
    }

    @Override
    protected Orgs orgs() {
        return store.orgs;
    }

    @Override
    protected Customers customers() {
        return store.customers;
    }
}
