package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.FixedClock;
import org.loyaltyhub.application.fake.InMemoryStore;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.domain.access.ApiUser;
import org.loyaltyhub.domain.access.PasswordHash;
import org.loyaltyhub.domain.org.OrgId;

/** Failed logins through the service: a known and an unknown username are treated alike, step by step. */
class LoginLockoutTest {
    private static final String SECRET = "5f4dcc3b5aa765d61d8327deb882cf99";
    private static final String WRONG = "00000000000000000000000000000000";
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final FixedClock clock = FixedClock.at("2026-06-30T10:00:00Z");
    private final InMemoryStore store = new InMemoryStore();
    private final AuthenticateApiUserService service = new AuthenticateApiUserService(store.unitOfWork,
            store.apiUsers, clock, Duration.ofMinutes(5),
            new LoginThrottle(new LockoutPolicy(3, LOCK, Duration.ofMinutes(15), Duration.ofSeconds(1))));

    LoginLockoutTest() {
        store.apiUsers.add(new ApiUser("till.7", new OrgId(7), "till.7", "store.7", PasswordHash.of(SECRET, 10_000)));
    }

    @Test
    void aLockedUsernameIsRefusedEvenWithTheRightSecretUntilTheLockEnds() {
        fail("till.7", 3);

        assertThat(service.authenticate("till.7", SECRET)).isEmpty();
        clock.advance(LOCK.minusSeconds(1));
        assertThat(service.authenticate("till.7", SECRET)).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(service.authenticate("till.7", SECRET)).isPresent();
    }

    @Test
    void whileBackingOffTheRightSecretIsRefusedToo() {
        fail("till.7", 2);

        assertThat(service.authenticate("till.7", SECRET)).as("within the 1 s back-off").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(service.authenticate("till.7", SECRET)).isPresent();
    }

    @Test
    void refusalsNeitherReadTheDatabaseNorHashForKnownAndUnknownUsersAlike() {
        // Same steps for both names; what each step cost (database reads) and answered must match.
        List<String> known = steps("till.7");
        List<String> unknown = steps("till.nowhere");

        assertThat(known).isEqualTo(unknown)
                .containsExactly("empty, 1 lookup", "empty, 1 lookup", "empty, 0 lookups", "empty, 1 lookup",
                        "empty, 0 lookups", "empty, 1 lookup");
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        fail("till.7", 1);
        assertThat(service.authenticate("till.7", SECRET)).isPresent();
        fail("till.7", 1);
        assertThat(service.authenticate("till.7", SECRET)).as("only one failure since the success").isPresent();
    }

    @Test
    void anotherUsernameIsNotAffected() {
        store.apiUsers.add(new ApiUser("till.8", new OrgId(7), "till.8", "store.7", PasswordHash.of(SECRET, 10_000)));
        fail("till.7", 3);

        assertThat(service.authenticate("till.8", SECRET)).isPresent();
    }

    /**
     * Two wrong secrets (the second starts a 1 s back-off), one attempt inside the back-off, one after it
     * (the third failure: locked), one inside the lock, one after the lock.
     */
    private List<String> steps(String username) {
        List<String> answers = new ArrayList<>();
        answers.add(attempt(username));
        answers.add(attempt(username));
        answers.add(attempt(username));
        clock.advance(Duration.ofSeconds(1));
        answers.add(attempt(username));
        answers.add(attempt(username));
        clock.advance(LOCK);
        answers.add(attempt(username));
        return answers;
    }

    private String attempt(String username) {
        int before = store.apiUsers.lookups;
        Optional<ApiCaller> caller = service.authenticate(username, WRONG);
        int lookups = store.apiUsers.lookups - before;
        return (caller.isPresent() ? "caller" : "empty") + ", " + lookups + (lookups == 1 ? " lookup" : " lookups");
    }

    /** Wrong secrets, each one after the back-off of the one before has run out, so that each is counted. */
    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                clock.advance(Duration.ofSeconds(10));
            }
            assertThat(service.authenticate(username, WRONG)).isEmpty();
        }
    }
}
