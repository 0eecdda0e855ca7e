package org.loyaltyhub.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.application.port.out.contract.CouponsContract;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcCouponsTest extends CouponsContract implements TestDatabase {
    @Inject
    Coupons coupons;
    @Inject
    Orgs orgs;
    @Inject
    Customers customers;

    @Override
    protected Coupons coupons() {
        return coupons;
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
