package org.loyaltyhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.contract.ContractFixtures;

/** A database Flyway has just created holds no org; seeding at start-up relies on that. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreshDatabaseTest implements TestDatabase {
    @Inject
    Orgs orgs;

    @Test
    void aFreshDatabaseIsEmptyUntilAnOrgIsAdded() {
        assumeFalse(TestDatabase.onMySql(), "the MySQL run shares one database between test classes");

        assertThat(orgs.isEmpty()).isTrue();
        orgs.add(ContractFixtures.minimalOrgSetup());
        assertThat(orgs.isEmpty()).isFalse();
    }
}
