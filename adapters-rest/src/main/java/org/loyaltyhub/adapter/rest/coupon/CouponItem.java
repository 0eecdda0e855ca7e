package org.loyaltyhub.adapter.rest.coupon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.loyaltyhub.adapter.rest.write.CustomerIdentifiers;

/**
 * One {@code root.coupon} item: for coupon/issue the {@code series_id}, for coupon/redeem the {@code code}
 * and the bill it is used on ({@code transaction: {number, amount}} as Capillary sends it, or flat
 * {@code bill_number}/{@code bill_amount}). Both name the customer in {@code customer}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CouponItem(
        @JsonProperty("series_id") String seriesId,
        String code,
        CustomerIdentifiers customer,
        Bill transaction,
        @JsonProperty("bill_number") String billNumber,
        @JsonProperty("bill_amount") String billAmount,
        @JsonProperty("redemption_time") String redemptionTime) {

    CustomerIdentifiers identifiers() {
        return customer == null ? CustomerIdentifiers.NONE : customer;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bill(String number, String amount) {
    }
}
