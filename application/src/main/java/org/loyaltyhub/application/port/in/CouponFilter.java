package org.loyaltyhub.application.port.in;

import org.loyaltyhub.domain.coupon.OrgEntityType;
import org.loyaltyhub.domain.coupon.SeriesId;

/**
 * Which of a customer's coupons the embedded {@code coupons} list shows, and in what order (spec 1.4).
 * Null fields do not filter; {@code limit} null means all.
 *
 * @param offset skip the first N in issuance order (oldest first), before sorting and limiting
 */
public record CouponFilter(Integer limit, int offset, OrderBy orderBy, boolean ascending, Status status,
                           SeriesId seriesId, OrgEntityType entityType, String entityValue) {
    public enum OrderBy { CREATED_DATE, CREATED_BY, VALID_TILL }

    /** {@code unredeemed}: not used up (active or expired); {@code active}: usable today. */
    public enum Status { UNREDEEMED, REDEEMED, EXPIRED, ACTIVE }

    public static final CouponFilter ALL = new CouponFilter(null, 0, OrderBy.CREATED_DATE, false, null, null, null, null);

    public CouponFilter {
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("coupon limit must not be negative");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("coupon offset must not be negative");
        }
        orderBy = orderBy == null ? OrderBy.CREATED_DATE : orderBy;
    }
}
