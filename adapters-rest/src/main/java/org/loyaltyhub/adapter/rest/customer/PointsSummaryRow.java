package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A customer's standing in one program (mlp=true). Capillary mixes camelCase and snake_case names
 * here; both are kept as they are. Every value is a string; what the data cannot say is null.
 *
 * <p>{@code totalPoints} is what the customer holds, spendable now or later (available plus delayed);
 * {@code total_available_points} is what is spendable now.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record PointsSummaryRow(String programId,
                        String redeemed,
                        String expired,
                        String returned,
                        String adjusted,
                        String lifetimePoints,
                        String loyaltyPoints,
                        String cumulativePurchases,
                        String currentSlab,
                        String currentSlabDescription,
                        String nextSlab,
                        String nextSlabSerialNumber,
                        String nextSlabDescription,
                        String slabSNo,
                        String slabExpiryDate,
                        String totalPoints,
                        @JsonProperty("delayed_points") String delayedPoints,
                        @JsonProperty("total_available_points") String totalAvailablePoints,
                        @JsonProperty("program_title") String programTitle,
                        @JsonProperty("program_description") String programDescription,
                        @JsonProperty("program_points_to_currency_ratio") String programPointsToCurrencyRatio) {
}
