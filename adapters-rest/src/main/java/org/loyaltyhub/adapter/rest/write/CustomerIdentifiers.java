package org.loyaltyhub.adapter.rest.write;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.domain.customer.IdentifierType;

/**
 * The identifiers a request item names its customer by ({@code "customer": {"mobile": ...}}). When several
 * are given, the first of id (or user_id), mobile, email, external_id, card_number, card_external_id counts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerIdentifiers(String id, @JsonProperty("user_id") String userId, String mobile, String email,
                                  @JsonProperty("external_id") String externalId,
                                  @JsonProperty("card_number") String cardNumber,
                                  @JsonProperty("card_external_id") String cardExternalId) {

    public static final CustomerIdentifiers NONE = new CustomerIdentifiers(null, null, null, null, null, null, null);

    /** The identifier that names the customer, checked for its shape; empty when none is given. */
    public Optional<CustomerRef> ref(Family family) {
        Map<IdentifierType, String> given = given();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<IdentifierType, String> first = given.entrySet().iterator().next();
        IdentifierType type = first.getKey();
        if (!type.accepts(first.getValue())) {
            throw family.invalidIdentifier(type.wireName() + " '" + first.getValue() + "' is not a valid "
                    + type.wireName());
        }
        return Optional.of(new CustomerRef(type, first.getValue()));
    }

    /** The identifier that names the customer; an item without one fails with the family's identifier code. */
    public CustomerRef requireRef(Family family) {
        return ref(family).orElseThrow(() -> family.invalidIdentifier(
                "no customer identifier given: send one of id, mobile, email, external_id"));
    }

    /** The identifiers given, in the order they count, blanks left out. */
    public Map<IdentifierType, String> given() {
        Map<IdentifierType, String> given = new LinkedHashMap<>();
        put(given, IdentifierType.ID, Fields.text(id) != null ? id : userId);
        put(given, IdentifierType.MOBILE, mobile);
        put(given, IdentifierType.EMAIL, email);
        put(given, IdentifierType.EXTERNAL_ID, externalId);
        put(given, IdentifierType.CARD_NUMBER, cardNumber);
        put(given, IdentifierType.CARD_EXTERNAL_ID, cardExternalId);
        return given;
    }

    private static void put(Map<IdentifierType, String> given, IdentifierType type, String raw) {
        String value = Fields.text(raw);
        if (value != null) {
            given.put(type, value);
        }
    }
}
