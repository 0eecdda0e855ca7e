package org.loyaltyhub.adapter.persistence.coupon;

import java.util.List;
import org.loyaltyhub.adapter.persistence.UtcColumns;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponRedemption;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.org.OrgId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Redemptions map field by field; the coupon is an entity rebuilt through {@link Coupon#reconstitute}. */
@Mapper(componentModel = "jakarta", uses = UtcColumns.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface CouponMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "redeemedAt", source = "redemption.at")
    CouponRedemptionRow toRow(CouponRedemption redemption, long couponId);

    @Mapping(target = "at", source = "redeemedAt")
    CouponRedemption toRedemption(CouponRedemptionRow row);

    default CouponRow toRow(Coupon coupon, OrgId orgId) {
        return new CouponRow(null, orgId.value(), coupon.code(), coupon.seriesId().value(),
                coupon.customerId().value(), UtcColumns.toColumn(coupon.createdOn()), coupon.createdBy(),
                coupon.validTill(), coupon.allowedRedemptions());
    }

    default Coupon toCoupon(CouponRow row, List<CouponRedemption> redemptions) {
        return Coupon.reconstitute(row.id(), row.code(), new SeriesId(row.seriesId()),
                new CustomerId(row.customerId()), UtcColumns.toInstant(row.createdOn()), row.createdBy(),
                row.validTill(), row.allowedRedemptions(), redemptions);
    }
}
