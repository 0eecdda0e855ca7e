package org.loyaltyhub.domain.customer;

/** The brand's own id for a customer. */
public record ExternalId(String value) {
    public ExternalId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("external id must be 1 to 64 visible characters: " + value);
        }
    }

    public static boolean isValid(String raw) {
        return raw != null && raw.matches("[\\x21-\\x7E]{1,64}");
    }
}
