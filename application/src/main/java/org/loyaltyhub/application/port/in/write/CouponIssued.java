package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.customer.Customer;

public record CouponIssued(Coupon coupon, CouponSeries series, Customer customer) {
}
