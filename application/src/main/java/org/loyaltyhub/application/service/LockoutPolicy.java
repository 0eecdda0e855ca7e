package org.loyaltyhub.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How repeated failed logins for one username are slowed down and then locked. The first failure is free
 * (a typo); from the second on, the username's next attempt is refused for {@code backoff}, doubling with
 * every further failure but never longer than the lock; the {@code maxFailures}-th failure in a row locks
 * the username for {@code lockFor}. A failure more than {@code window} ago is forgotten, so occasional typos
 * never add up to a lock. {@code maxFailures} 0 switches all of it off.
 */
public record LockoutPolicy(int maxFailures, Duration lockFor, Duration window, Duration backoff) {
    public static final LockoutPolicy OFF = new LockoutPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public LockoutPolicy {
        Objects.requireNonNull(lockFor, "lock duration");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(backoff, "backoff");
        if (maxFailures < 0) {
            throw new IllegalArgumentException("max failures must be 0 (off) or more, got " + maxFailures);
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative, got " + backoff);
        }
        if (maxFailures > 0 && (!positive(lockFor) || !positive(window))) {
            throw new IllegalArgumentException("with max failures " + maxFailures
                    + " the lock duration and the window must be positive, got " + lockFor + " and " + window);
        }
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    public boolean isOff() {
        return maxFailures == 0;
    }

    /** How long the username's attempts are refused after its {@code failures}-th failure in a row. */
    Duration refusalAfter(int failures) {
        if (failures >= maxFailures) {
            return lockFor;
        }
        if (failures < 2 || backoff.isZero()) {
            return Duration.ZERO;
        }
        // 2nd failure: backoff, 3rd: twice that, ...; the shift is capped long before it could overflow.
        Duration doubled = backoff.multipliedBy(1L << Math.min(failures - 2, 20));
        return doubled.compareTo(lockFor) < 0 ? doubled : lockFor;
    }
}
