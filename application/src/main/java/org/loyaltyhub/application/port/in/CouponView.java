package org.loyaltyhub.application.port.in;

import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.CouponStatus;

/** A coupon with its series and its status today. */
public record CouponView(Coupon coupon, CouponSeries series, CouponStatus status) {
}
