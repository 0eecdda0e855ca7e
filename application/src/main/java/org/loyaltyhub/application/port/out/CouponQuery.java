package org.loyaltyhub.application.port.out;

import java.time.LocalDate;
import java.util.Objects;
import org.loyaltyhub.domain.coupon.OrgEntityType;
import org.loyaltyhub.domain.coupon.SeriesId;

/**
 * Which of each customer's coupons to read and in what order. Status is judged on {@code today}: a
 * coupon is redeemed when used as often as allowed, expired when not used up and past its last valid
 * day, active otherwise. Null fields do not filter; {@code limit} null means all.
 *
 * @param offset skip each customer's first N coupons in issuance order before sorting and limiting
 */
public record CouponQuery(LocalDate today, Integer limit, int offset, Order orderBy, boolean ascending,
                          Status status, SeriesId seriesId, OrgEntityType entityType, String entityValue) {
    public enum Order { CREATED_DATE, CREATED_BY, VALID_TILL }

    public enum Status { UNREDEEMED, REDEEMED, EXPIRED, ACTIVE }

    public CouponQuery {
        Objects.requireNonNull(today, "today");
        orderBy = orderBy == null ? Order.CREATED_DATE : orderBy;
    }

    /** Every coupon, newest first. */
    public static CouponQuery all(LocalDate today) {
        return new CouponQuery(today, null, 0, Order.CREATED_DATE, false, null, null, null, null);
    }
}
