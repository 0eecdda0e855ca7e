package org.loyaltyhub.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.contract.OrgsContract;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcOrgsTest extends OrgsContract implements TestDatabase {
    @Inject
    Orgs orgs;

    @Override
    protected Orgs orgs() {
        return orgs;
    }
}
