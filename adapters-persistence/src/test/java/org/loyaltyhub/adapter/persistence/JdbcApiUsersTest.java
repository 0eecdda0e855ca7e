package org.loyaltyhub.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.ApiUsers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.contract.ApiUsersContract;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcApiUsersTest extends ApiUsersContract implements TestDatabase {
    @Inject
    ApiUsers apiUsers;
    @Inject
    Orgs orgs;

    @Override
    protected ApiUsers apiUsers() {
        return apiUsers;
    }

    @Override
    protected Orgs orgs() {
        return orgs;
    }
}
