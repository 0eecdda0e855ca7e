package org.loyaltyhub.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.contract.SlabHistoriesContract;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcSlabHistoriesTest extends SlabHistoriesContract implements TestDatabase {
    @Inject
    SlabHistories slabHistories;
    @Inject
    Orgs orgs;
    @Inject
    Customers customers;

    @Override
    protected SlabHistories slabHistories() {
        return slabHistories;
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
