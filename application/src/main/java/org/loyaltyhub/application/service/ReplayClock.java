package org.loyaltyhub.application.service;

import java.time.Instant;
import java.util.Objects;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * The clock the org import hands its own write services: the import moves it to each seed event's time
 * before sending the event, so every use case runs as if the event reached it at that moment (its "now",
 * its future and back-dating checks, the catch-up it does after a write). It goes back in time when the
 * next customer starts, which is fine: each write compares times only with its own customer's history.
 * It never moves past the real now, so a seed cannot record the future.
 */
final class ReplayClock implements ClockPort {
    private final Instant realNow;
    private Instant now;

    ReplayClock(Instant realNow) {
        this.realNow = Objects.requireNonNull(realNow, "real now");
        this.now = realNow;
    }

    /** Stands the clock at {@code at}; refused for a time after the real now. */
    void moveTo(Instant at) {
        if (at.isAfter(realNow)) {
            throw new IllegalArgumentException("it lies in the future (now is " + realNow + ")");
        }
        now = at;
    }

    @Override
    public Instant now() {
        return now;
    }
}
