package org.loyaltyhub.adapter.rest.customer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loyaltyhub.application.port.in.LookupSections;

/**
 * The {@code true}/{@code false} switches of {@code customer/get} (spec 1.2), with Capillary's defaults.
 * Some decide what the use case loads, the others only what is written. {@code basic=true} turns the
 * heavy sections (transactions, coupons, notes, custom and extended fields) off unless they are asked
 * for by name. {@code slab_history} and the gaps need {@code mlp=true}; without it they are not written.
 */
record SectionFlags(boolean transactions, boolean coupons, boolean customFields, boolean extendedFields,
                    boolean notes, boolean userId, boolean mlp, boolean registeredStore, boolean registeredTill,
                    boolean fraudDetails, Extras extras) {

    /** The sections that are off by default. */
    record Extras(boolean nextSlab, boolean slabHistory, boolean ndncStatus, boolean optinStatus,
                    boolean expirySchedule, boolean expiredPoints, boolean pointsSummary, boolean promotionPoints,
                    boolean membershipRetentionCriteria, boolean tierUpgradeCriteria, boolean userGroup,
                    boolean customerImage, boolean subscriptions, boolean segments, boolean cardDetails,
                    boolean trackerInfo, boolean delayedAccrual, boolean programSummary, boolean memberCareAccess,
                    boolean basic) {
        static final Extras NONE = new Extras(false, false, false, false, false, false, false, false, false,
                false, false, false, false, false, false, false, false, false, false, false);
    }

    static final SectionFlags DEFAULTS = new SectionFlags(true, true, true, true, true, false, false, true, true, true,
            Extras.NONE);

    /** Reads the flags from the query parameters; a value other than true/false rejects the request. */
    static SectionFlags from(Map<String, List<String>> parameters) {
        boolean basic = flag(parameters, "basic", false);
        boolean heavy = !basic;
        return new SectionFlags(
                flag(parameters, "transactions", heavy),
                flag(parameters, "coupons", heavy),
                flag(parameters, "custom_fields", heavy),
                flag(parameters, "extended_fields", heavy),
                flag(parameters, "notes", heavy),
                flag(parameters, "user_id", false),
                flag(parameters, "mlp", false),
                flag(parameters, "registered_store", true),
                flag(parameters, "registered_till", true),
                flag(parameters, "fraud_details", true),
                new Extras(
                        flag(parameters, "next_slab", false),
                        flag(parameters, "slab_history", false),
                        flag(parameters, "ndnc_status", false),
                        flag(parameters, "optin_status", false),
                        flag(parameters, "expiry_schedule", false),
                        flag(parameters, "expired_points", false),
                        flag(parameters, "points_summary", false),
                        flag(parameters, "promotion_points", false),
                        flag(parameters, "membership_retention_criteria", false),
                        flag(parameters, "tier_upgrade_criteria", false),
                        flag(parameters, "user_group", false),
                        flag(parameters, "customer_image", false),
                        flag(parameters, "subscriptions", false),
                        flag(parameters, "segments", false),
                        flag(parameters, "card_details", false),
                        flag(parameters, "tracker_info", false),
                        flag(parameters, "delayed_accrual", false),
                        flag(parameters, "program_summary", false),
                        flag(parameters, "member_care_access", false),
                        basic));
    }

    LookupSections toLookupSections() {
        return new LookupSections(transactions, coupons, customFields, extendedFields, notes, mlp);
    }

    boolean slabHistory() {
        return mlp && extras.slabHistory();
    }

    static boolean flag(Map<String, List<String>> parameters, String name, boolean defaultValue) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return defaultValue;
        }
        // A repeated flag counts by its first occurrence, as Capillary reads single-valued parameters.
        String value = values.get(0).trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidCustomerGetRequest(ItemCode.INVALID_INPUT,
                    "Invalid value '" + values.get(0) + "' for parameter '" + name + "': use true or false");
        };
    }
}
