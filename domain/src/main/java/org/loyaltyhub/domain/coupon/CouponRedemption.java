package org.loyaltyhub.domain.coupon;

import java.time.Instant;
import java.util.Objects;

public record CouponRedemption(Instant at, String tillCode, String billNumber) {
    public CouponRedemption {
        Objects.requireNonNull(at, "redemption time");
    }
}
