package org.loyaltyhub.domain.program;

import java.math.BigDecimal;
import java.util.Objects;

/** One condition of a tier rule: the metric must reach the threshold. */
public record Criterion(CriterionMetric metric, BigDecimal threshold, int windowDays) {
    public Criterion {
        Objects.requireNonNull(metric, "criterion metric");
        if (threshold == null || threshold.signum() < 0) {
            throw new IllegalArgumentException("criterion threshold must be zero or more");
        }
        if (metric == CriterionMetric.TRACKER_VALUE_BASED && windowDays <= 0) {
            throw new IllegalArgumentException("a tracker criterion needs a window of days");
        }
        if (metric != CriterionMetric.TRACKER_VALUE_BASED) {
            windowDays = 0;
        }
    }

    public static Criterion of(CriterionMetric metric, String threshold) {
        return new Criterion(metric, new BigDecimal(threshold), 0);
    }

    public boolean isMetBy(BigDecimal value) {
        return value.compareTo(threshold) >= 0;
    }

    /** Threshold minus value, never below zero. */
    public BigDecimal gap(BigDecimal value) {
        return threshold.subtract(value).max(BigDecimal.ZERO);
    }
}
