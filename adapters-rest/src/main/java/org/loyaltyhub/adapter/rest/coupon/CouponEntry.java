package org.loyaltyhub.adapter.rest.coupon;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Optional;
import org.loyaltyhub.adapter.rest.ItemStatus;
import org.loyaltyhub.adapter.rest.WireValues;
import org.loyaltyhub.adapter.rest.write.CustomerSummary;
import org.loyaltyhub.adapter.rest.write.WriteEntry;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.customer.Customer;

/**
 * A coupon after coupon/issue or coupon/redeem, with its series' offer; values are strings as in
 * customer/get's coupon rows. {@code transaction} is the bill a redemption was made on (redeem only).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CouponEntry(
        String id,
        String code,
        @JsonProperty("series_id") String seriesId,
        String description,
        @JsonProperty("discount_code") String discountCode,
        @JsonProperty("discount_type") String discountType,
        @JsonProperty("discount_value") String discountValue,
        @JsonProperty("created_date") String createdDate,
        @JsonProperty("valid_till") String validTill,
        String redeemed,
        @JsonProperty("redemptions_left") String redemptionsLeft,
        CustomerSummary customer,
        @JsonInclude(JsonInclude.Include.NON_NULL) Bill transaction,
        @JsonProperty("item_status") ItemStatus itemStatus) implements WriteEntry {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Bill(String number, String amount) {
    }

    static CouponEntry of(Coupon coupon, CouponSeries series, Customer customer, ZoneId zone, Bill bill,
                          ItemStatus status) {
        return new CouponEntry(
                coupon.id().map(String::valueOf).orElse(null),
                coupon.code(),
                String.valueOf(coupon.seriesId().value()),
                series.description(),
                series.discountCode(),
                series.discountType(),
                WireValues.text(series.discountValue()),
                WireValues.dateTime(coupon.createdOn(), zone),
                WireValues.date(coupon.validTill()),
                WireValues.bool(coupon.isUsedUp()),
                String.valueOf(Math.max(0, coupon.allowedRedemptions() - coupon.redemptions().size())),
                CustomerSummary.of(customer, Optional.empty()),
                bill,
                status);
    }

    static Bill bill(String number, BigDecimal amount) {
        return number == null && amount == null ? null : new Bill(number, WireValues.text(amount));
    }
}
