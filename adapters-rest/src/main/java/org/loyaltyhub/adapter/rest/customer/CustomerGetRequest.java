package org.loyaltyhub.adapter.rest.customer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.org.OrgId;

/**
 * A {@code customer/get} query string, checked: one identifier type, its comma-separated values in
 * order (duplicates and empty values kept: each answers with its own entry), and the section flags.
 */
record CustomerGetRequest(IdentifierType identifierType, List<String> values, SectionFlags flags) {

    CustomerGetRequest {
        values = List.copyOf(values);
    }

    static CustomerGetRequest from(Map<String, List<String>> parameters) {
        List<IdentifierType> given = Arrays.stream(IdentifierType.values())
                .filter(type -> parameters.containsKey(type.wireName()))
                .toList();
        if (given.isEmpty()) {
            throw new InvalidCustomerGetRequest(ItemCode.NO_IDENTIFIER, "No identifier provided to get loyalty users");
        }
        if (given.size() > 1) {
            String names = given.stream().map(IdentifierType::wireName).collect(Collectors.joining(", "));
            throw new InvalidCustomerGetRequest(ItemCode.INVALID_INPUT,
                    "Use one identifier type per request; got " + names);
        }
        IdentifierType type = given.get(0);
        return new CustomerGetRequest(type, splitValues(parameters.get(type.wireName())), SectionFlags.from(parameters));
    }

    CustomerLookupQuery toQuery(OrgId orgId) {
        return new CustomerLookupQuery(orgId, identifierType, values, flags.toLookupSections(),
                CustomerLookupQuery.DEFAULT_TRANSACTION_LIMIT);
    }

    /** {@code mobile=1,,2} is three values, the middle one empty; a repeated parameter adds its values. */
    private static List<String> splitValues(List<String> rawValues) {
        List<String> values = new ArrayList<>();
        for (String raw : rawValues) {
            values.addAll(Arrays.asList(raw.split(",", -1)));
        }
        if (values.isEmpty()) {
            values.add("");
        }
        return values;
    }
}
