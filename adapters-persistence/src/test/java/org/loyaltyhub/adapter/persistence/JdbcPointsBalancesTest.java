package org.loyaltyhub.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.contract.PointsBalancesContract;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcPointsBalancesTest extends PointsBalancesContract implements TestDatabase {
    @Inject
    PointsBalances pointsBalances;
    @Inject
    Orgs orgs;
    @Inject
    Customers customers;

    @Override
    protected PointsBalances pointsBalances() {
        return pointsBalances;
    }

    @Override
    protected Orgs orgs() {
        return orgs;
    }

    @Override
    protected Customers customers() {
        return customers;
    }
}
