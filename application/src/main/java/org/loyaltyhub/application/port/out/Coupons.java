package org.loyaltyhub.application.port.out;

import java.util.Optional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponRedemption;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.org.OrgId;

/** Coupons issued to customers, with their redemptions. */
public interface Coupons {
    /**
     * Stores a newly issued coupon (with any redemptions it carries); returns it under its new id.
     * Codes are unique within an org.
     */
    Coupon add(OrgId orgId, Coupon coupon);

    void addRedemption(long couponId, CouponRedemption redemption);

    /** Each customer's coupons, newest first (by issue time, then id); customers without coupons are absent. */
    Map<CustomerId, List<Coupon>> ofCustomers(Collection<CustomerId> customerIds);

    /**
     * Each customer's coupons that pass the query, in its order, with the offset and limit applied per
     * customer; one query for the coupons and one for their redemptions whatever the number of customers.
     */
    Map<CustomerId, List<Coupon>> ofCustomers(Collection<CustomerId> customerIds, CouponQuery query);

    /** The org's coupon with this code (exact match), with its redemptions. One query per table. */
    Optional<Coupon> findByCode(OrgId orgId, String code);
}
