package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.customer.Customer;

/** @param coupon the coupon after this redemption (its redemptions include it) */
public record CouponRedeemed(Coupon coupon, CouponSeries series, Customer customer) {
}
