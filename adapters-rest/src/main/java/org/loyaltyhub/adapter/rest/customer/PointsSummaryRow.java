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
                        @JsonProperty("program_points_to_currency_ratio") String programPointsToCurrencyRatio,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("gap_to_upgrade")
                        GapDtos.GapToUpgrade gapToUpgrade,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("gap_to_renew")
                        GapDtos.GapToRenew gapToRenew) {

    /** The same row with the gaps asked for ({@code gap_to_upgrade_for}, {@code gap_to_renew_for}). */
    PointsSummaryRow withGaps(GapDtos.GapToUpgrade upgrade, GapDtos.GapToRenew renew) {
        return new PointsSummaryRow(programId, redeemed, expired, returned, adjusted, lifetimePoints, loyaltyPoints,
                cumulativePurchases, currentSlab, currentSlabDescription, nextSlab, nextSlabSerialNumber,
                nextSlabDescription, slabSNo, slabExpiryDate, totalPoints, delayedPoints, totalAvailablePoints,
                programTitle, programDescription, programPointsToCurrencyRatio, upgrade, renew);
    }
}
