package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A coupon in the embedded list; {@code status} (lower case) is ours, the rest is Capillary's shape. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CouponRow(String id,
                 @JsonProperty("series_id") String seriesId,
                 String code,
                 String description,
                 @JsonProperty("created_date") String createdDate,
                 @JsonProperty("valid_till") String validTill,
                 String redeemed,
                 @JsonProperty("same_user_multiple_redeem") String sameUserMultipleRedeem,
                 String status) {
}
