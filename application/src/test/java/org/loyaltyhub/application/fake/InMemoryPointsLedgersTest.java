package org.loyaltyhub.application.fake;

import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.contract.PointsLedgersContract;

/** The in-memory fake keeps the same promises as the database adapter. */
class InMemoryPointsLedgersTest extends PointsLedgersContract {
    private final InMemoryStore store = new InMemoryStore();

    @Override
    protected PointsLedgers pointsLedgers() {
        return store.ledgers;
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
