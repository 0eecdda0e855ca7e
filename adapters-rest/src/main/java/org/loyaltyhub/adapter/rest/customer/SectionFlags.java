package org.loyaltyhub.adapter.rest.customer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loyaltyhub.application.port.in.LookupSections;

/**
 * The {@code true}/{@code false} switches of {@code customer/get} that this server understands, with
 * Capillary's defaults. Some decide what the use case loads, the others only what is written.
 */
record SectionFlags(boolean transactions, boolean coupons, boolean customFields, boolean extendedFields,
                    boolean notes, boolean userId, boolean mlp, boolean registeredStore, boolean registeredTill,
                    boolean fraudDetails) {

    static final SectionFlags DEFAULTS = new SectionFlags(true, true, true, true, true, false, false, true, true, true);

    /** Reads the flags from the query parameters; a value other than true/false rejects the request. */
    static SectionFlags from(Map<String, List<String>> parameters) {
        return new SectionFlags(
                flag(parameters, "transactions", true),
                flag(parameters, "coupons", true),
                flag(parameters, "custom_fields", true),
                flag(parameters, "extended_fields", true),
                flag(parameters, "notes", true),
                flag(parameters, "user_id", false),
                flag(parameters, "mlp", false),
                flag(parameters, "registered_store", true),
                flag(parameters, "registered_till", true),
                flag(parameters, "fraud_details", true));
    }

    LookupSections toLookupSections() {
        return new LookupSections(transactions, coupons, customFields, extendedFields, notes, mlp);
    }

    private static boolean flag(Map<String, List<String>> parameters, String name, boolean defaultValue) {
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
