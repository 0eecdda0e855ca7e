package org.loyaltyhub.adapter.rest.limits;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.Optional;

/**
 * One Resilience4j rate limiter per API user: at most {@code perMinute} requests in each one-minute window,
 * the windows counted from the user's first request. A refused request does not wait (timeout zero); the
 * caller is told how long until the next window instead. Users are keyed after authentication, so the
 * number of limiters is bounded by the number of real API users.
 */
final class PerUserRateLimits {
    static final Duration PERIOD = Duration.ofMinutes(1);

    private final int perMinute;
    private final RateLimiterRegistry registry;

    PerUserRateLimits(int perMinute) {
        if (perMinute < 0) {
            throw new IllegalArgumentException(
                    "loyaltyhub.rate-limit.requests-per-minute must be 0 (off) or more, got " + perMinute);
        }
        this.perMinute = perMinute;
        this.registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(Math.max(perMinute, 1))
                .limitRefreshPeriod(PERIOD)
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    int perMinute() {
        return perMinute;
    }

    /** Empty when the user's request may go on; otherwise how long until the user's next one is accepted. */
    Optional<Duration> refusal(String username) {
        if (perMinute == 0) {
            return Optional.empty();
        }
        RateLimiter limiter = registry.rateLimiter(username);
        if (limiter.acquirePermission()) {
            return Optional.empty();
        }
        // The registry's default implementation knows when its next window opens; any other waits a period.
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait() : PERIOD.toNanos();
        return Optional.of(Duration.ofNanos(Math.max(nanos, 0)));
    }
}
