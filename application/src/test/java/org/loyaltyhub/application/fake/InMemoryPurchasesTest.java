package org.loyaltyhub.application.fake;

import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.contract.PurchasesContract;

/** The in-memory fake keeps the same promises as the database adapter. */
class InMemoryPurchasesTest extends PurchasesContract {
    private final InMemoryStore store = new InMemoryStore();

    @Override
    protected Purchases purchases() {
        return store.purchases;
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
