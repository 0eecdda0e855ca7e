package org.loyaltyhub.application.fake;

import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.contract.CustomersContract;

/** The in-memory fake keeps the same promises as the database adapter. */
class InMemoryCustomersTest extends CustomersContract {
    private final InMemoryStore store = new InMemoryStore();

    @Override
    protected Customers customers() {
        return store.customers;
    }

    @Override
    protected Orgs orgs() {
        return store.orgs;
    }
}
