package org.loyaltyhub.application.fake;

import java.time.Duration;
import java.time.Instant;
import org.loyaltyhub.domain.time.ClockPort;

/** A clock that stands still until a test moves it. */
public final class FixedClock implements ClockPort {
    private Instant now;

    public FixedClock(Instant now) {
        this.now = now;
    }

    public static FixedClock at(String isoInstant) {
        return new FixedClock(Instant.parse(isoInstant));
    }

    @Override
    public Instant now() {
        return now;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }
}
