package org.loyaltyhub.application.port.in.write;

import java.time.Instant;
import java.util.List;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.FraudStatus;
import org.loyaltyhub.domain.customer.Subscription;

/**
 * The profile a {@code customer/add} or {@code customer/update} carries, values as the client sent them
 * (the use case validates and normalises). In an update every null (or null list) means "unchanged"; in an
 * add it means "none". Custom and extended fields given in an update replace those of the same name only.
 *
 * @param registeredOn add only: when the customer registered (null: now)
 * @param fraudStatus  update only
 */
public record CustomerProfile(String mobile, String email, String externalId, String firstname, String lastname,
                              CustomerType type, Instant registeredOn, List<CustomField> customFields,
                              List<ExtendedField> extendedFields, List<Subscription> subscriptions,
                              FraudStatus fraudStatus) {
    public CustomerProfile {
        customFields = customFields == null ? null : List.copyOf(customFields);
        extendedFields = extendedFields == null ? null : List.copyOf(extendedFields);
        subscriptions = subscriptions == null ? null : List.copyOf(subscriptions);
    }
}
