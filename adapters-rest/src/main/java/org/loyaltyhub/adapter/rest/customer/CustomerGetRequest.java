package org.loyaltyhub.adapter.rest.customer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.application.port.in.LookupOptions;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.org.OrgId;

/**
 * A {@code customer/get} query string, checked: one identifier type, its comma-separated values in
 * order (duplicates and empty values kept: each answers with its own entry), and the section flags.
 */
record CustomerGetRequest(IdentifierType identifierType, List<String> values, SectionFlags flags,
                          LookupOptions options) {
    /** Capillary's batch limit is not published; 100 is our default ({@code loyaltyhub.lookup.batch-limit}). */
    static final int DEFAULT_BATCH_LIMIT = 100;


    CustomerGetRequest {
        values = List.copyOf(values);
    }

    CustomerGetRequest(IdentifierType identifierType, List<String> values, SectionFlags flags) {
        this(identifierType, values, flags, LookupOptions.DEFAULTS);
    }

    static CustomerGetRequest from(Map<String, List<String>> parameters) {
        return from(parameters, DEFAULT_BATCH_LIMIT);
    }

    static CustomerGetRequest from(Map<String, List<String>> parameters, int batchLimit) {
        return from(parameters, batchLimit, null);
    }

    /** @param language the {@code language} header: extended-field labels in that language, when translated */
    static CustomerGetRequest from(Map<String, List<String>> parameters, int batchLimit, String language) {
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
        List<String> values = splitValues(parameters.get(type.wireName()));
        if (values.size() > batchLimit) {
            throw new InvalidCustomerGetRequest(ItemCode.BATCH_LIMIT_EXCEEDED, "Batch limit exceeded: "
                    + values.size() + " values of '" + type.wireName() + "', at most " + batchLimit + " per request");
        }
        SectionFlags flags = SectionFlags.from(parameters);
        return new CustomerGetRequest(type, values, flags, LookupOptionsParser.parse(parameters, flags, language));
    }

    CustomerLookupQuery toQuery(OrgId orgId) {
        return new CustomerLookupQuery(orgId, identifierType, values, flags.toLookupSections(),
                CustomerLookupQuery.DEFAULT_TRANSACTION_LIMIT, options);
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
