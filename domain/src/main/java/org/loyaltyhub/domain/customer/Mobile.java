package org.loyaltyhub.domain.customer;

/** A mobile number: digits only, with country code, 8 to 15 digits (E.164 without the plus). */
public record Mobile(String value) {
    public Mobile {
        if (value == null || !value.matches("[0-9]{8,15}")) {
            throw new IllegalArgumentException("mobile must be 8 to 15 digits with country code: " + value);
        }
    }

    public static boolean isValid(String raw) {
        return raw != null && raw.matches("[0-9]{8,15}");
    }
}
