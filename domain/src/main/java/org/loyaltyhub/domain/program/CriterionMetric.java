package org.loyaltyhub.domain.program;

/** What a tier criterion measures. Upgrade and renewal metrics share one list; each slab uses its own. */
public enum CriterionMetric {
    /** Spendable balance now (upgrade). */
    CURRENT_POINTS,
    /** Points earned minus points returned, ever (upgrade). */
    LIFETIME_POINTS,
    /** Bill amounts minus returns, ever (upgrade). */
    CUMULATIVE_PURCHASES,
    /** Bill amounts within a moving window of N days (upgrade). */
    TRACKER_VALUE_BASED,
    /** Bill amounts within the slab's validity period (renewal). */
    PURCHASE,
    /** Number of regular bills within the validity period (renewal). */
    VISITS,
    /** Points earned within the validity period (renewal). */
    POINTS,
    /** Tracker value within the validity period (renewal); the tracker is bill amounts. */
    TRACKER;

    public boolean isUpgradeMetric() {
        return this == CURRENT_POINTS || this == LIFETIME_POINTS || this == CUMULATIVE_PURCHASES
                || this == TRACKER_VALUE_BASED;
    }
}
