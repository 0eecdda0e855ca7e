package org.loyaltyhub.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.contract.PurchasesContract;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcPurchasesTest extends PurchasesContract implements TestDatabase {
    @Inject
    Purchases purchases;
    @Inject
    Orgs orgs;
    @Inject
    Customers customers;

    @Override
    protected Purchases purchases() {
        return purchases;
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
