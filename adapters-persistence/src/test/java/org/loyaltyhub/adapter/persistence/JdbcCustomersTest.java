package org.loyaltyhub.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.contract.CustomersContract;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcCustomersTest extends CustomersContract implements TestDatabase {
    @Inject
    Orgs orgs;
    @Inject
    Customers customers;

    @Override
    protected Orgs orgs() {
        return orgs;
    }

    @Override
    protected Customers customers() {
        return customers;
    }
}
