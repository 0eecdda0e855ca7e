package org.loyaltyhub.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.application.port.out.contract.UnitOfWorkContract;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcUnitOfWorkTest extends UnitOfWorkContract implements TestDatabase {
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Orgs orgs;

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    protected Orgs orgs() {
        return orgs;
    }
}
