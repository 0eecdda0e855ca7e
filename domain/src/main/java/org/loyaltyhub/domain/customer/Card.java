package org.loyaltyhub.domain.customer;

/** A loyalty card linked to a customer. */
public record Card(String number, String externalId, String status) {
    public Card {
        if (!isValidNumber(number)) {
            throw new IllegalArgumentException("card number must be 1 to 64 visible characters: " + number);
        }
        if (externalId != null && !isValidNumber(externalId)) {
            throw new IllegalArgumentException("card external id must be 1 to 64 visible characters");
        }
        status = status == null ? "ACTIVE" : status;
    }

    public static boolean isValidNumber(String raw) {
        return raw != null && raw.matches("[\\x21-\\x7E]{1,64}");
    }
}
