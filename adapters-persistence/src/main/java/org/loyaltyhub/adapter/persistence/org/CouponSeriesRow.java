package org.loyaltyhub.adapter.persistence.org;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A coupon series; validity is a fixed last day or a number of days, the restriction is optional. */
@MappedEntity("coupon_series")
record CouponSeriesRow(@Id Long id, long orgId, int position, String description, String discountCode,
                       String discountType, BigDecimal discountValue, @Nullable LocalDate validUntil, int validDays,
                       int maxPerCustomer, int redemptionsPerCoupon, @Nullable String restrictionType,
                       @Nullable String restrictionValue) {
}
