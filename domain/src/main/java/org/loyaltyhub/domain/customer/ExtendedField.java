package org.loyaltyhub.domain.customer;

import java.util.Set;

/** A profile attribute from the fixed set every org shares; labels per language come from the org. */
public record ExtendedField(String name, String value) {
    public static final Set<String> KNOWN_NAMES = Set.of(
            "gender", "dob", "anniversary", "city", "zip", "country", "marital_status", "preferred_language");

    public ExtendedField {
        if (name == null || !KNOWN_NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown extended field '" + name + "', known: " + KNOWN_NAMES);
        }
        value = value == null ? "" : value;
    }
}
