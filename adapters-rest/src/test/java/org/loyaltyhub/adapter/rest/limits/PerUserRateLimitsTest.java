package org.loyaltyhub.adapter.rest.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PerUserRateLimitsTest {

    @Test
    void zeroMeansNoLimit() {
        PerUserRateLimits off = new PerUserRateLimits(0);
        for (int i = 0; i < 10_000; i++) {
            assertThat(off.refusal("till.7")).isEmpty();
        }
    }

    @Test
    void overTheLimitTheWaitIsAtMostOneMinute() {
        PerUserRateLimits limits = new PerUserRateLimits(2);
        assertThat(limits.refusal("till.7")).isEmpty();
        assertThat(limits.refusal("till.7")).isEmpty();

        Duration wait = limits.refusal("till.7").orElseThrow();

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(limits.refusal("till.8")).isEmpty();
    }

    @Test
    void retryAfterIsRoundedUpAndNeverZero() {
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofMillis(41_001))).isEqualTo(42);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofSeconds(60))).isEqualTo(60);
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> new PerUserRateLimits(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loyaltyhub.rate-limit.requests-per-minute");
    }
}
