package org.loyaltyhub.domain.customer;

/** A free name/value pair the brand attaches to a customer. */
public record CustomField(String name, String value) {
    public CustomField {
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("custom field name must be 1 to 64 characters");
        }
        value = value == null ? "" : value;
    }
}
