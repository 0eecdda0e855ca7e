package org.loyaltyhub.domain.customer;

import java.util.Locale;

/** An e-mail address, kept in lower case so that lookups match regardless of case. */
public record Email(String value) {
    private static final String SHAPE = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    public Email {
        if (value == null || value.length() > 254 || !value.matches(SHAPE)) {
            throw new IllegalArgumentException("not an e-mail address: " + value);
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String raw) {
        return raw != null && raw.length() <= 254 && raw.matches(SHAPE);
    }
}
