package org.loyaltyhub.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.contract.PointsLedgersContract;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcPointsLedgersTest extends PointsLedgersContract implements TestDatabase {
    @Inject
    PointsLedgers pointsLedgers;
    @Inject
    Orgs orgs;
    @Inject
    Customers customers;

    @Override
    protected PointsLedgers pointsLedgers() {
        return pointsLedgers;
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
