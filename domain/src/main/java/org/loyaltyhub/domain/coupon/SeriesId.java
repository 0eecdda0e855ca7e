package org.loyaltyhub.domain.coupon;

public record SeriesId(long value) {
    public SeriesId {
        if (value <= 0) {
            throw new IllegalArgumentException("coupon series id must be positive: " + value);
        }
    }
}
