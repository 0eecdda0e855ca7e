package org.loyaltyhub.application.port.in;

import java.util.List;
import java.util.Objects;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.org.OrgId;

/**
 * One {@code customer/get} request: one identifier type, one or more raw values (as the client sent
 * them, in order, duplicates kept), for the caller's org.
 */
public record CustomerLookupQuery(OrgId orgId, IdentifierType identifierType, List<String> values,
                                  LookupSections sections, int transactionLimit,
                                  LookupOptions options) {
    public static final int DEFAULT_TRANSACTION_LIMIT = 10;

    public CustomerLookupQuery {
        Objects.requireNonNull(orgId, "org id");
        Objects.requireNonNull(identifierType, "identifier type");
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("a lookup needs at least one value");
        }
        values = values.stream().map(v -> v == null ? "" : v.trim()).toList();
        sections = sections == null ? LookupSections.DEFAULTS : sections;
        if (transactionLimit < 0) {
            throw new IllegalArgumentException("transaction limit must not be negative");
        }
        options = options == null ? LookupOptions.DEFAULTS : options;
    }

    public CustomerLookupQuery(OrgId orgId, IdentifierType identifierType, List<String> values,
                               LookupSections sections, int transactionLimit) {
        this(orgId, identifierType, values, sections, transactionLimit, LookupOptions.DEFAULTS);
    }

    public CustomerLookupQuery(OrgId orgId, IdentifierType identifierType, List<String> values) {
        this(orgId, identifierType, values, LookupSections.DEFAULTS, DEFAULT_TRANSACTION_LIMIT);
    }
}
