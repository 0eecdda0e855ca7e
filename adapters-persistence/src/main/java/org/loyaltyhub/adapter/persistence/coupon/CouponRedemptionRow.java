package org.loyaltyhub.adapter.persistence.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/**
 * The id is numbered by the database on insert and deliberately not {@code @GeneratedValue}, so that
 * lists of these rows are inserted in one batch (see the package doc of {@code adapter.persistence}).
 */
@MappedEntity("coupon_redemption")
record CouponRedemptionRow(@Id @Nullable Long id, long couponId, LocalDateTime redeemedAt,
                           @Nullable String tillCode, @Nullable String billNumber) {
}
