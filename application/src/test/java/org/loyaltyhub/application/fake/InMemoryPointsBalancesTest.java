package org.loyaltyhub.application.fake;

import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.contract.PointsBalancesContract;

/** The in-memory fake keeps the same promises as the database adapter. */
class InMemoryPointsBalancesTest extends PointsBalancesContract {
    private final InMemoryStore store = new InMemoryStore();

    @Override
    protected PointsBalances pointsBalances() {
        return store.balances;
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
