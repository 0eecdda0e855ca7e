package org.loyaltyhub.domain.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Where every rule gets "now", so tests and demos can fix the date. */
public interface ClockPort {
    Instant now();

    /** Stored times keep whole seconds: MySQL and H2 then return the same values. */
    static Instant toSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
