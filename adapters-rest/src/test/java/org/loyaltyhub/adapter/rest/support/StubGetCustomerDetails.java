package org.loyaltyhub.adapter.rest.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.application.port.in.CustomerDetails;
import org.loyaltyhub.application.port.in.CustomerLookupItem;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.application.port.in.CustomerLookupResult;
import org.loyaltyhub.application.port.in.GetCustomerDetailsUseCase;
import org.loyaltyhub.application.port.in.LookupOutcome;
import org.loyaltyhub.application.port.out.StorageUnavailableException;
import org.loyaltyhub.domain.customer.IdentifierType;

/**
 * Answers lookups from {@link TestCustomers}, classifying values the way the real service does, and
 * remembers the last query so tests can check what the controller asked for.
 */
public final class StubGetCustomerDetails implements GetCustomerDetailsUseCase {
    private volatile CustomerLookupQuery lastQuery;
    private volatile String lastThread;

    @Override
    public CustomerLookupResult getCustomerDetails(CustomerLookupQuery query) {
        lastQuery = query;
        lastThread = Thread.currentThread().getName();
        IdentifierType type = query.identifierType();
        List<CustomerLookupItem> items = new ArrayList<>();
        for (String value : query.values()) {
            if (type == IdentifierType.MOBILE && value.equals(TestCustomers.FAILING_MOBILE)) {
                throw new IllegalStateException("connection refused: jdbc:mysql://db.internal:3306/secret");
            }
            if (type == IdentifierType.MOBILE && value.equals(TestCustomers.UNREACHABLE_MOBILE)) {
                throw new StorageUnavailableException("the database cannot be reached",
                        new SQLException("Communications link failure", "08S01"));
            }
            if (value.isEmpty()) {
                items.add(new CustomerLookupItem(value, LookupOutcome.EMPTY, Optional.empty()));
            } else if (!type.accepts(value)) {
                items.add(new CustomerLookupItem(value, LookupOutcome.INVALID, Optional.empty()));
            } else {
                Optional<CustomerDetails> found = find(type, type.normalise(value));
                items.add(new CustomerLookupItem(value,
                        found.isPresent() ? LookupOutcome.FOUND : LookupOutcome.NOT_FOUND, found));
            }
        }
        return new CustomerLookupResult(items);
    }

    private static Optional<CustomerDetails> find(IdentifierType type, String value) {
        Map<String, CustomerDetails> byValue = switch (type) {
            case MOBILE -> Map.of(TestCustomers.ASHA_MOBILE, TestCustomers.asha());
            case EMAIL -> Map.of(TestCustomers.ASHA_EMAIL, TestCustomers.asha());
            case ID -> Map.of(String.valueOf(TestCustomers.ASHA_ID), TestCustomers.asha());
            case EXTERNAL_ID -> Map.of(TestCustomers.RAVI_EXTERNAL_ID, TestCustomers.ravi());
            case CARD_NUMBER, CARD_EXTERNAL_ID -> Map.of();
        };
        return Optional.ofNullable(byValue.get(value));
    }

    /** The query of the last call, or null when the use case was not called since {@link #reset()}. */
    public CustomerLookupQuery lastQuery() {
        return lastQuery;
    }

    /** The name of the thread the last call ran on. */
    public String lastThread() {
        return lastThread;
    }

    public void reset() {
        lastQuery = null;
        lastThread = null;
    }
}
