package org.loyaltyhub.domain.tier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.loyaltyhub.domain.program.Slab;

/**
 * A tracker (net bill amounts over a moving window of days) as it stands on {@code to}: the window one
 * slab's TRACKER_VALUE_BASED upgrade criterion measures.
 */
public record TrackerValue(Slab slab, int windowDays, LocalDate from, LocalDate to, BigDecimal value,
                           BigDecimal threshold) {
    public TrackerValue {
        Objects.requireNonNull(slab, "slab");
        Objects.requireNonNull(value, "value");
    }
}
