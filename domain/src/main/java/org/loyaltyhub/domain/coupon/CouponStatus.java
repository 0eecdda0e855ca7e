package org.loyaltyhub.domain.coupon;

/** How a coupon stands on a given day. ACTIVE is what Capillary also calls unredeemed. */
public enum CouponStatus { ACTIVE, REDEEMED, EXPIRED }
