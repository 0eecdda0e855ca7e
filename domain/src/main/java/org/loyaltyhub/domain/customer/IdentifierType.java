package org.loyaltyhub.domain.customer;

/** The ways a client may name a customer. The wire name is the query parameter. */
public enum IdentifierType {
    ID("id"),
    MOBILE("mobile"),
    EMAIL("email"),
    EXTERNAL_ID("external_id"),
    CARD_NUMBER("card_number"),
    CARD_EXTERNAL_ID("card_external_id");

    private final String wireName;

    IdentifierType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether a raw value has the shape of this identifier (trimmed, non-empty). */
    public boolean accepts(String raw) {
        return switch (this) {
            case ID -> CustomerId.parse(raw).isPresent();
            case MOBILE -> Mobile.isValid(raw);
            case EMAIL -> Email.isValid(raw);
            case EXTERNAL_ID -> ExternalId.isValid(raw);
            case CARD_NUMBER, CARD_EXTERNAL_ID -> Card.isValidNumber(raw);
        };
    }

    /** The form lookups compare on: e-mails ignore case, ids lose leading zeros, the rest is exact. */
    public String normalise(String raw) {
        return switch (this) {
            case EMAIL -> new Email(raw).value();
            case ID -> String.valueOf(CustomerId.parse(raw).orElseThrow().value());
            default -> raw;
        };
    }
}
