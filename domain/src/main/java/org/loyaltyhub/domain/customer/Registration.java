package org.loyaltyhub.domain.customer;

import java.time.Instant;
import java.util.Objects;

/** Where and when a customer joined. */
public record Registration(Instant registeredOn, String source, String registeredBy, String storeCode,
                           String tillCode) {
    public Registration {
        Objects.requireNonNull(registeredOn, "registration time");
        source = source == null ? "instore" : source.toLowerCase(java.util.Locale.ROOT);
        registeredBy = registeredBy == null ? tillCode : registeredBy;
    }
}
