package org.loyaltyhub.adapter.rest.points;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.loyaltyhub.adapter.rest.write.CustomerIdentifiers;

/**
 * One {@code root.redeem} item of points/redeem, values as sent. The bill the points pay for is Capillary's
 * {@code transaction_number} ({@code bill_number} is taken too). A validation code is accepted and ignored:
 * LoyaltyHub sends no one-time codes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RedeemItem(
        @JsonProperty("points_redeemed") String pointsRedeemed,
        CustomerIdentifiers customer,
        @JsonProperty("transaction_number") String transactionNumber,
        @JsonProperty("bill_number") String billNumber,
        @JsonProperty("program_id") String programId,
        @JsonProperty("redemption_time") String redemptionTime) {
}
