package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.FixedClock;
import org.loyaltyhub.application.fake.InMemoryStore;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.AccessRights;
import org.loyaltyhub.domain.access.ApiUser;
import org.loyaltyhub.domain.access.PasswordHash;
import org.loyaltyhub.domain.access.Resource;
import org.loyaltyhub.domain.org.OrgId;

class AuthenticateApiUserServiceTest {
    private static final String SECRET = "5f4dcc3b5aa765d61d8327deb882cf99";

    private final FixedClock clock = FixedClock.at("2026-06-30T10:00:00Z");
    private final InMemoryStore store = new InMemoryStore();
    private final AuthenticateApiUserService service =
            new AuthenticateApiUserService(store.unitOfWork, store.apiUsers, clock, Duration.ofMinutes(5));

    AuthenticateApiUserServiceTest() {
        store.apiUsers.add(new ApiUser("till.7", new OrgId(7), "till.7", "store.7", PasswordHash.of(SECRET, 10_000)));
    }

    @Test
    void theRightSecretGivesTheCallersOrgAndTill() {
        ApiCaller caller = service.authenticate("till.7", SECRET).orElseThrow();

        assertThat(caller.orgId()).isEqualTo(new OrgId(7));
        assertThat(caller.tillCode()).isEqualTo("till.7");
        assertThat(caller.storeCode()).isEqualTo("store.7");
    }

    @Test
    void theCallerCarriesTheUsersAccessGroup() {
        store.apiUsers.add(new ApiUser("viewer.7", new OrgId(7), "till.7", "store.7", PasswordHash.of(SECRET, 10_000),
                AccessRights.READ_ONLY));

        assertThat(service.authenticate("viewer.7", SECRET).orElseThrow().rights()).isEqualTo(AccessRights.READ_ONLY);
        assertThat(service.authenticate("till.7", SECRET).orElseThrow().may(Resource.POINTS, AccessLevel.WRITE))
                .isTrue();
    }

    @Test
    void aWrongSecretAnUnknownUserAndBlanksAreRefused() {
        assertThat(service.authenticate("till.7", SECRET.toUpperCase())).isEmpty();
        assertThat(service.authenticate("nobody", SECRET)).isEmpty();
        assertThat(service.authenticate("till.7", "")).isEmpty();
        assertThat(service.authenticate(null, SECRET)).isEmpty();
    }

    @Test
    void aSuccessfulLoginIsRememberedForAWhileButAWrongSecretIsNot() {
        service.authenticate("till.7", SECRET);
        int lookups = store.apiUsers.lookups;

        assertThat(service.authenticate("till.7", SECRET)).isPresent();
        assertThat(store.apiUsers.lookups).isEqualTo(lookups);

        assertThat(service.authenticate("till.7", "wrong")).isEmpty();
        assertThat(store.apiUsers.lookups).isEqualTo(lookups + 1);

        clock.advance(Duration.ofMinutes(6));
        assertThat(service.authenticate("till.7", SECRET)).isPresent();
        assertThat(store.apiUsers.lookups).isEqualTo(lookups + 2);
    }
}
