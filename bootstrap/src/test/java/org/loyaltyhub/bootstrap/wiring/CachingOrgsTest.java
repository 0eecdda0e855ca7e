package org.loyaltyhub.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.domain.org.Org;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.program.EarningRule;
import org.loyaltyhub.domain.program.ExpiryRule;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.program.Slab;
import org.loyaltyhub.domain.setup.OrgSetup;

class CachingOrgsTest {
    private static final OrgId ORG = new OrgId(7);
    private final CountingOrgs storage = new CountingOrgs();
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final CachingOrgs orgs = new CachingOrgs(storage, Duration.ofSeconds(60), nanos::get);

    @Test
    void aSetupIsReadFromStorageOnceWithinItsTimeToLive() {
        storage.add(setup("Old name"));

        assertThat(orgs.find(ORG)).map(s -> s.org().name()).contains("Old name");
        assertThat(orgs.find(ORG)).map(s -> s.org().name()).contains("Old name");

        assertThat(storage.finds).isEqualTo(1);
    }

    @Test
    void aSetupChangedByAnotherInstanceIsSeenOnceTheTimeToLivePassed() {
        storage.add(setup("Old name"));
        orgs.find(ORG);
        storage.add(setup("New name"));

        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(orgs.find(ORG)).map(s -> s.org().name()).contains("Old name");
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(orgs.find(ORG)).map(s -> s.org().name()).contains("New name");
        assertThat(storage.finds).isEqualTo(2);
    }

    @Test
    void anImportThroughTheCacheIsSeenAtOnce() {
        storage.add(setup("Old name"));
        orgs.find(ORG);

        orgs.add(setup("Imported"));

        assertThat(orgs.find(ORG)).map(s -> s.org().name()).contains("Imported");
    }

    @Test
    void anUnknownOrgIsAskedForEveryTime() {
        assertThat(orgs.find(ORG)).isEmpty();
        storage.add(setup("Arrived"));

        assertThat(orgs.find(ORG)).map(s -> s.org().name()).contains("Arrived");
        assertThat(storage.finds).isEqualTo(2);
    }

    private static OrgSetup setup(String name) {
        Program program = new Program(new ProgramId(70), ORG, "Rewards", "", true, new BigDecimal("0.1"),
                new EarningRule(new BigDecimal("0.1"), Map.of()), ExpiryRule.months(12),
                List.of(new Slab(1, "Blue", "", null, 0, null)));
        return new OrgSetup(new Org(ORG, name, ZoneId.of("UTC")), List.of(), List.of(), List.of(program), List.of());
    }

    /** Storage that replaces an org on add (the cache must not care) and counts reads. */
    private static final class CountingOrgs implements Orgs {
        private final Map<OrgId, OrgSetup> setups = new HashMap<>();
        int finds;

        @Override
        public void add(OrgSetup setup) {
            setups.put(setup.org().id(), setup);
        }

        @Override
        public Optional<OrgSetup> find(OrgId orgId) {
            finds++;
            return Optional.ofNullable(setups.get(orgId));
        }

        @Override
        public Map<String, String> fieldLabelsIn(OrgId orgId, String language) {
            return Map.of();
        }

        @Override
        public boolean isEmpty() {
            return setups.isEmpty();
        }

        @Override
        public List<OrgId> allIds() {
            return new ArrayList<>(setups.keySet());
        }
    }
}
