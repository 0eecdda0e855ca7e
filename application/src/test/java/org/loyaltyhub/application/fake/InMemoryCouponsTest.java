package org.loyaltyhub.application.fake;

import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.contract.CouponsContract;

/** The in-memory fake keeps the same promises as the database adapter. */
class InMemoryCouponsTest extends CouponsContract {
    private final InMemoryStore store = new InMemoryStore();

    @Override
    protected Coupons coupons() {
        return store.coupons;
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
