package org.loyaltyhub.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * The clock every rule reads. {@code loyaltyhub.clock.fixed} (an ISO instant such as
 * 2026-11-25T12:00:00Z) stops it, for demos and tests; unset, it is the system clock.
 */
@Factory
class ClockFactory {
    @Singleton
    ClockPort clock(@Value("${loyaltyhub.clock.fixed:}") String fixed) {
        if (fixed == null || fixed.isBlank()) {
            return () -> ClockPort.toSeconds(Instant.now());
        }
        try {
            Instant at = ClockPort.toSeconds(Instant.parse(fixed.trim()));
            return () -> at;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("loyaltyhub.clock.fixed must be an ISO instant such as "
                    + "2026-11-25T12:00:00Z, got '" + fixed + "'", e);
        }
    }
}
