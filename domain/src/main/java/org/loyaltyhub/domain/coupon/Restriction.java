package org.loyaltyhub.domain.coupon;

import java.util.Objects;

/** Limits a series to one till, store, zone or concept. */
public record Restriction(OrgEntityType type, String value) {
    public Restriction {
        Objects.requireNonNull(type, "restriction type");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + type + " restriction needs a value");
        }
    }
}
