package org.loyaltyhub.adapter.persistence.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.time.LocalDateTime;

@MappedEntity("coupon")
record CouponRow(@Id @GeneratedValue @Nullable Long id, long orgId, String code, long seriesId, long customerId,
                 LocalDateTime createdOn, String createdBy, LocalDate validTill, int allowedRedemptions) {
}
