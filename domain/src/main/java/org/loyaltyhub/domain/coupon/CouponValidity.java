package org.loyaltyhub.domain.coupon;

import java.time.LocalDate;

/** A series' coupons are valid either until a fixed date or for N days from issue (the issue day counts). */
public record CouponValidity(LocalDate fixedEnd, int days) {
    public CouponValidity {
        if ((fixedEnd == null) == (days <= 0)) {
            throw new IllegalArgumentException("coupon validity is either a fixed end date or a positive number of days");
        }
    }

    public static CouponValidity until(LocalDate end) {
        return new CouponValidity(end, 0);
    }

    public static CouponValidity forDays(int days) {
        return new CouponValidity(null, days);
    }

    public LocalDate validTillWhenIssuedOn(LocalDate issuedOn) {
        return fixedEnd != null ? fixedEnd : issuedOn.plusDays(days - 1L);
    }
}
