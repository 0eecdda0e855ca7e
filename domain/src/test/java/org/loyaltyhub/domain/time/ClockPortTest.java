package org.loyaltyhub.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockPortTest {

    @Test
    void stored_times_keep_whole_seconds() {
        assertThat(ClockPort.toSeconds(Instant.parse("2024-01-10T12:34:56.789123Z")))
                .isEqualTo(Instant.parse("2024-01-10T12:34:56Z"));
        assertThat(ClockPort.toSeconds(Instant.parse("2024-01-10T12:34:56Z")))
                .isEqualTo(Instant.parse("2024-01-10T12:34:56Z"));
    }

    @Test
    void a_fixed_clock_is_a_lambda() {
        ClockPort fixed = () -> Instant.parse("2024-01-10T00:00:00Z");
        assertThat(fixed.now()).isEqualTo(Instant.parse("2024-01-10T00:00:00Z"));
    }
}
