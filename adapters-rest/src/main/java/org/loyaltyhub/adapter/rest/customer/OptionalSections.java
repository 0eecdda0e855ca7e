package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The sections that are off by default and written after {@code points_summaries} (spec section 3).
 * Each is left out unless asked for; when asked for it is always written, as an empty container when
 * there is nothing to show. Shapes Capillary does not publish are ours, documented in
 * docs/api/customer-get.md; every list is a container holding an array under a singular name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OptionalSections(
        @JsonProperty("next_slab") NextSlab nextSlab,
        @JsonProperty("ndnc_status") NdncStatus ndncStatus,
        @JsonProperty("optin_status") OptinStatus optinStatus,
        @JsonProperty("expiry_schedule") ExpirySchedule expirySchedule,
        @JsonProperty("expired_points") Items<ExpiredRow> expiredPoints,
        @JsonProperty("points_summary") PointsTotals pointsSummary,
        @JsonProperty("promotion_points") PromotionPoints promotionPoints,
        @JsonProperty("membership_retention_criteria") Criteria membershipRetentionCriteria,
        @JsonProperty("tier_upgrade_criteria") Criteria tierUpgradeCriteria,
        @JsonProperty("user_group") UserGroup userGroup,
        @JsonProperty("customer_image") CustomerImage customerImage,
        Subscriptions subscriptions,
        Segments segments,
        @JsonProperty("card_details") Cards cardDetails,
        @JsonProperty("tracker_info") Trackers trackerInfo,
        @JsonProperty("delayed_accrual") Items<DelayedRow> delayedAccrual,
        @JsonProperty("member_care_access") MemberCareAccess memberCareAccess) {

    static final OptionalSections NONE = new OptionalSections(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NextSlab(String name, @JsonProperty("serial_number") String serialNumber, String description,
                    @JsonProperty("program_id") String programId) {
    }

    /** {@code DND}, {@code NOT_DND}, or {@code NOT_CHECKED} when the register was never checked. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NdncStatus(String status) {
    }

    /** Opt-in per channel: OPTIN when the customer accepts any messages on it, else OPTOUT. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OptinStatus(List<ChannelStatus> channel) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ChannelStatus(String name, String status) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ExpirySchedule(List<ScheduleRow> schedule) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ScheduleRow(String points, @JsonProperty("expiry_date") String expiryDate,
                       @JsonProperty("program_id") String programId) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ExpiredRow(String points, @JsonProperty("expired_on") String expiredOn,
                      @JsonProperty("program_id") String programId) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Items<T>(List<T> item) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PointsTotals(String expired, String redeemed, String adjusted, String returned) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PromotionPoints(Items<PromotionRow> customer, Items<PromotionRow> transactions,
                           Items<PromotionRow> lineitems) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PromotionRow(String points, @JsonProperty("expiry_date") String expiryDate,
                        @JsonProperty("issued_at") CodeName issuedAt, @JsonProperty("issued_on") String issuedOn,
                        @JsonProperty("program_id") String programId) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Criteria(List<CriterionRow> criterion) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CriterionRow(@JsonProperty("program_id") String programId, @JsonProperty("slab_name") String slabName,
                        @JsonProperty("slab_serial_number") String slabSerialNumber, String combination,
                        @JsonProperty("based_on") String basedOn, String threshold,
                        @JsonProperty("window_days") String windowDays,
                        @JsonProperty("validity_months") String validityMonths) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UserGroup(List<Named> group) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Named(String name) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CustomerImage(String url) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Subscriptions(List<SubscriptionRow> subscription) {
    }

    /** {@code status}: OPTIN or OPTOUT, for one channel (SMS, EMAIL) and priority (TRANS, BULK). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SubscriptionRow(String channel, String priority, String status) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Segments(List<SegmentRow> segment) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SegmentRow(String name, String value) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Cards(List<CardRow> card) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CardRow(@JsonProperty("card_number") String cardNumber,
                   @JsonProperty("card_external_id") String cardExternalId, String status) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Trackers(List<TrackerRow> tracker) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TrackerRow(@JsonProperty("program_id") String programId, @JsonProperty("slab_name") String slabName,
                      @JsonProperty("window_days") String windowDays, @JsonProperty("from_date") String fromDate,
                      @JsonProperty("to_date") String toDate, String value, String threshold) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DelayedRow(String points, @JsonProperty("available_from") String availableFrom,
                      @JsonProperty("issued_on") String issuedOn, @JsonProperty("expiry_date") String expiryDate,
                      @JsonProperty("program_id") String programId) {
    }

    /** Member-care access is not modelled: the list of granted accesses is empty. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MemberCareAccess(List<Object> access) {
    }
}
