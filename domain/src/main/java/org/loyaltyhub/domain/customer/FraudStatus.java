package org.loyaltyhub.domain.customer;

public enum FraudStatus {
    NONE, MARKED, CONFIRMED, RECONFIRMED, NOT_FRAUD, INTERNAL;

    /** Marked and confirmed fraud may not spend points or coupons (reconfirmed is confirmed again). */
    public boolean blocksSpending() {
        return this == MARKED || this == CONFIRMED || this == RECONFIRMED;
    }
}
