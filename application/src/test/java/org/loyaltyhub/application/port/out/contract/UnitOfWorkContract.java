package org.loyaltyhub.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.UnitOfWork;

/** What every {@link UnitOfWork} promises: a write lands whole or not at all. */
public abstract class UnitOfWorkContract {

    protected abstract UnitOfWork unitOfWork();

    /** Any port that writes will do; orgs need nothing stored before them. */
    protected abstract Orgs orgs();

    @Test
    void aWriteReturnsItsResultAndWhatItStoredStays() {
        OrgSetup setup = ContractFixtures.minimalOrgSetup();

        String result = unitOfWork().write(() -> {
            orgs().add(setup);
            return "stored";
        });

        assertThat(result).isEqualTo("stored");
        assertThat(orgs().find(setup.org().id())).isPresent();
    }

    @Test
    void aWriteThatThrowsLeavesNothingBehind() {
        OrgSetup first = ContractFixtures.fullOrgSetup();
        OrgSetup second = ContractFixtures.minimalOrgSetup();
        IllegalStateException failure = new IllegalStateException("the use case failed half way");

        Throwable thrown = catchThrowable(() -> unitOfWork().write(() -> {
            orgs().add(first);
            orgs().add(second);
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(orgs().find(first.org().id())).isEmpty();
        assertThat(orgs().find(second.org().id())).isEmpty();
    }

    @Test
    void aWriteSeesWhatItStoredBeforeItEnds() {
        OrgSetup setup = ContractFixtures.minimalOrgSetup();

        boolean seen = unitOfWork().write(() -> {
            orgs().add(setup);
            return orgs().find(setup.org().id()).isPresent();
        });

        assertThat(seen).isTrue();
    }

    @Test
    void aReadReturnsItsResultAndSeesCommittedWrites() {
        OrgSetup setup = ContractFixtures.minimalOrgSetup();
        unitOfWork().write(() -> {
            orgs().add(setup);
            return null;
        });

        String name = unitOfWork().read(() -> orgs().find(setup.org().id()).orElseThrow().org().name());

        assertThat(name).isEqualTo(setup.org().name());
    }

    @Test
    void aFailedWriteDoesNotSpoilTheNextOne() {
        OrgSetup failed = ContractFixtures.minimalOrgSetup();
        OrgSetup next = ContractFixtures.minimalOrgSetup();
        catchThrowable(() -> unitOfWork().write(() -> {
            orgs().add(failed);
            throw new IllegalArgumentException("refused");
        }));

        unitOfWork().write(() -> {
            orgs().add(next);
            return null;
        });

        assertThat(orgs().find(failed.org().id())).isEmpty();
        assertThat(orgs().find(next.org().id())).isPresent();
    }
}
