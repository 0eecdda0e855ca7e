package org.loyaltyhub.adapter.rest.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which fields of a request item a failed entry repeats: some top-level values, and the identifiers of its
 * {@code customer} object when it has one. Read from the raw item, so even an item that could not be read as
 * a whole is recognisable in the answer. Only text and number values are repeated, as text.
 */
public final class Echo {
    private static final List<String> IDENTIFIERS = List.of("id", "user_id", "mobile", "email", "external_id",
            "card_number", "card_external_id");

    private final List<String> fields;
    private final boolean customer;

    private Echo(List<String> fields, boolean customer) {
        this.fields = List.copyOf(fields);
        this.customer = customer;
    }

    /** The listed top-level fields. */
    public static Echo fields(String... names) {
        return new Echo(List.of(names), false);
    }

    /** The customer identifiers given at the top level of the item (customer/add, update, pii_delete). */
    public static Echo identifiers() {
        return new Echo(IDENTIFIERS, false);
    }

    /** Also the identifiers inside the item's {@code customer} object. */
    public Echo andCustomer() {
        return new Echo(fields, true);
    }

    Map<String, Object> of(JsonNode item) {
        Map<String, Object> echo = new LinkedHashMap<>();
        if (item == null || !item.isObject()) {
            return echo;
        }
        copy(item, fields, echo);
        if (customer && item.path("customer").isObject()) {
            Map<String, Object> ids = new LinkedHashMap<>();
            copy(item.get("customer"), IDENTIFIERS, ids);
            if (!ids.isEmpty()) {
                echo.put("customer", ids);
            }
        }
        return echo;
    }

    private static void copy(JsonNode from, List<String> names, Map<String, Object> into) {
        for (String name : names) {
            JsonNode value = from.get(name);
            if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                into.put(name, value.asText().trim());
            }
        }
    }
}
