package org.loyaltyhub.application.port.in.write;

import java.time.Instant;
import java.util.List;
import org.loyaltyhub.domain.customer.Card;
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
 * <p>{@code source}, {@code cards} and {@code fraudReason} are not read from REST bodies yet: today only the
 * org import (seed files) sends them, so a seeded customer keeps what its file says.
 *
 * @param registeredOn add only: when the customer registered (null: now)
 * @param fraudStatus  update only
 * @param source       add only: how the customer joined, e.g. {@code instore} (null: instore)
 * @param cards        add of a new customer only: loyalty cards to link (null: none)
 * @param fraudReason  update only, with {@code fraudStatus}: why the customer was marked
 */
public record CustomerProfile(String mobile, String email, String externalId, String firstname, String lastname,
                              CustomerType type, Instant registeredOn, List<CustomField> customFields,
                              List<ExtendedField> extendedFields, List<Subscription> subscriptions,
                              FraudStatus fraudStatus, String source, List<Card> cards, String fraudReason) {
    public CustomerProfile {
        customFields = customFields == null ? null : List.copyOf(customFields);
        extendedFields = extendedFields == null ? null : List.copyOf(extendedFields);
        subscriptions = subscriptions == null ? null : List.copyOf(subscriptions);
        cards = cards == null ? null : List.copyOf(cards);
    }

    /** A profile as the REST API reads it: no source, cards or fraud reason. */
    public CustomerProfile(String mobile, String email, String externalId, String firstname, String lastname,
                           CustomerType type, Instant registeredOn, List<CustomField> customFields,
                           List<ExtendedField> extendedFields, List<Subscription> subscriptions,
                           FraudStatus fraudStatus) {
        this(mobile, email, externalId, firstname, lastname, type, registeredOn, customFields, extendedFields,
                subscriptions, fraudStatus, null, null, null);
    }
}
