package org.loyaltyhub.domain.coupon;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.shared.DomainException;

/**
 * An offer: the rules every coupon issued from it follows.
 *
 * @param maxPerCustomer         how many coupons of the series one customer may hold (0: no limit)
 * @param redemptionsPerCoupon   how often one coupon may be used; more than one is Capillary's
 *                               {@code same_user_multiple_redeem}
 */
public record CouponSeries(SeriesId id, OrgId orgId, String description, String discountCode, String discountType,
                           BigDecimal discountValue, CouponValidity validity, int maxPerCustomer,
                           int redemptionsPerCoupon, Restriction restriction) {
    public CouponSeries {
        Objects.requireNonNull(id, "series id");
        Objects.requireNonNull(orgId, "org id");
        Objects.requireNonNull(validity, "series validity");
        description = description == null ? "" : description;
        discountCode = discountCode == null ? "" : discountCode;
        discountType = discountType == null ? "ABS" : discountType;
        discountValue = discountValue == null ? BigDecimal.ZERO : discountValue;
        if (maxPerCustomer < 0) {
            throw new IllegalArgumentException("coupons per customer must not be negative");
        }
        if (redemptionsPerCoupon < 1) {
            throw new IllegalArgumentException("a coupon must be redeemable at least once");
        }
    }

    public boolean allowsMultipleRedeem() {
        return redemptionsPerCoupon > 1;
    }

    /** Issues a coupon to a customer, refusing past the per-customer limit. */
    public Coupon issue(String code, CustomerId customerId, Instant at, String createdByTill, ZoneId zone,
                        List<Coupon> customersCouponsOfThisSeries) {
        if (maxPerCustomer > 0 && customersCouponsOfThisSeries.size() >= maxPerCustomer) {
            throw new DomainException("COUPON_LIMIT_REACHED",
                    "customer already holds " + maxPerCustomer + " coupon(s) of series " + id.value());
        }
        LocalDate validTill = validity.validTillWhenIssuedOn(LocalDate.ofInstant(at, zone));
        return Coupon.issue(code, id, customerId, at, createdByTill, validTill, redemptionsPerCoupon);
    }
}
