package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The back-off and lockout rules, on a clock the test moves. */
class LoginThrottleTest {
    private static final LockoutPolicy POLICY =
            new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(1));
    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    private final LoginThrottle throttle = new LoginThrottle(POLICY);

    @Test
    void theFirstFailureIsFreeThenTheBackOffDoublesUntilTheLock() {
        throttle.failed("till.7", T0);
        assertThat(throttle.admits("till.7", T0)).as("a typo costs nothing").isTrue();

        throttle.failed("till.7", T0);
        assertThat(throttle.admits("till.7", T0.plusMillis(999))).isFalse();
        assertThat(throttle.admits("till.7", T0.plusSeconds(1))).isTrue();

        Instant third = T0.plusSeconds(1);
        throttle.failed("till.7", third);
        assertThat(throttle.admits("till.7", third.plusMillis(1999))).isFalse();
        assertThat(throttle.admits("till.7", third.plusSeconds(2))).isTrue();

        Instant fourth = third.plusSeconds(2);
        throttle.failed("till.7", fourth);
        assertThat(throttle.admits("till.7", fourth.plusMillis(3999))).isFalse();
        assertThat(throttle.admits("till.7", fourth.plusSeconds(4))).isTrue();

        Instant fifth = fourth.plusSeconds(4);
        throttle.failed("till.7", fifth);
        assertThat(throttle.admits("till.7", fifth.plus(Duration.ofMinutes(15)).minusMillis(1)))
                .as("locked for the whole duration").isFalse();
        assertThat(throttle.admits("till.7", fifth.plus(Duration.ofMinutes(15)))).isTrue();
    }

    @Test
    void afterTheLockTheCountStartsAgain() {
        LoginThrottle noBackoff = new LoginThrottle(new LockoutPolicy(3, Duration.ofMinutes(15), Duration.ofHours(1),
                Duration.ZERO));
        for (int i = 0; i < 3; i++) {
            noBackoff.failed("till.7", T0);
        }
        Instant afterLock = T0.plus(Duration.ofMinutes(15));
        assertThat(noBackoff.admits("till.7", afterLock)).isTrue();

        noBackoff.failed("till.7", afterLock);
        assertThat(noBackoff.admits("till.7", afterLock)).as("one failure after the lock is not a new lock").isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        LoginThrottle noBackoff = new LoginThrottle(new LockoutPolicy(3, Duration.ofMinutes(15), Duration.ofHours(1),
                Duration.ZERO));
        noBackoff.failed("till.7", T0);
        noBackoff.failed("till.7", T0);
        noBackoff.succeeded("till.7");
        noBackoff.failed("till.7", T0);
        noBackoff.failed("till.7", T0);

        assertThat(noBackoff.admits("till.7", T0)).isTrue();
        noBackoff.failed("till.7", T0);
        assertThat(noBackoff.admits("till.7", T0)).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        LoginThrottle noBackoff = new LoginThrottle(new LockoutPolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(10),
                Duration.ZERO));
        noBackoff.failed("till.7", T0);
        noBackoff.failed("till.7", T0.plus(Duration.ofMinutes(5)));
        noBackoff.failed("till.7", T0.plus(Duration.ofMinutes(16)));

        assertThat(noBackoff.admits("till.7", T0.plus(Duration.ofMinutes(16)))).isTrue();
    }

    @Test
    void eachUsernameCountsAloneWhateverItsCase() {
        LoginThrottle noBackoff = new LoginThrottle(new LockoutPolicy(2, Duration.ofMinutes(15), Duration.ofHours(1),
                Duration.ZERO));
        noBackoff.failed("till.7", T0);
        noBackoff.failed("TILL.7", T0);

        assertThat(noBackoff.admits("Till.7", T0)).as("another spelling of the same name").isFalse();
        assertThat(noBackoff.admits("till.8", T0)).isTrue();
    }

    @Test
    void theBackOffNeverOutlastsTheLock() {
        LockoutPolicy policy = new LockoutPolicy(40, Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofSeconds(1));

        assertThat(policy.refusalAfter(1)).isZero();
        assertThat(policy.refusalAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.refusalAfter(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.refusalAfter(39)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.refusalAfter(40)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void maxFailuresZeroSwitchesItOff() {
        LoginThrottle off = new LoginThrottle(LockoutPolicy.OFF);
        for (int i = 0; i < 100; i++) {
            off.failed("till.7", T0);
        }

        assertThat(off.admits("till.7", T0)).isTrue();
        assertThat(off.tracked()).isZero();
    }

    @Test
    void aFloodOfMadeUpNamesIsBoundedAndStaleEntriesMakeRoom() {
        LoginThrottle noBackoff = new LoginThrottle(new LockoutPolicy(2, Duration.ofMinutes(15), Duration.ofMinutes(15),
                Duration.ZERO));
        for (int i = 0; i < LoginThrottle.MAX_TRACKED + 10; i++) {
            noBackoff.failed("made.up." + i, T0);
        }
        assertThat(noBackoff.tracked()).isEqualTo(LoginThrottle.MAX_TRACKED);

        Instant later = T0.plus(Duration.ofMinutes(16));
        noBackoff.failed("till.7", later);
        noBackoff.failed("till.7", later);

        assertThat(noBackoff.admits("till.7", later)).as("tracked once the old entries made room").isFalse();
        assertThat(noBackoff.tracked()).isEqualTo(1);
    }

    @Test
    void aPolicyThatCouldNeverUnlockIsRefused() {
        assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ZERO, Duration.ofMinutes(15), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> new LockoutPolicy(-1, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
