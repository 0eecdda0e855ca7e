package org.loyaltyhub.application.service;

import java.util.List;
import org.loyaltyhub.domain.customer.Card;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.IdentifierType;

/** The values of one identifier type a customer answers to, in the normalised form lookups compare on. */
final class CustomerIdentifiers {
    private CustomerIdentifiers() {
    }

    /** A customer may hold several cards, so a type may give several values. */
    static List<String> valuesOf(Customer customer, IdentifierType type) {
        return switch (type) {
            case ID -> List.of(String.valueOf(customer.requireId().value()));
            case MOBILE -> customer.mobile().map(m -> List.of(m.value())).orElse(List.of());
            case EMAIL -> customer.email().map(e -> List.of(e.value())).orElse(List.of());
            case EXTERNAL_ID -> customer.externalId().map(e -> List.of(e.value())).orElse(List.of());
            case CARD_NUMBER -> customer.cards().stream().map(Card::number).toList();
            case CARD_EXTERNAL_ID -> customer.cards().stream().map(Card::externalId).filter(v -> v != null).toList();
        };
    }
}
