package org.loyaltyhub.application.port.in.write;

import java.util.Objects;
import org.loyaltyhub.domain.customer.IdentifierType;

/** How a write names the customer it is for: one identifier, as the client sent it. */
public record CustomerRef(IdentifierType type, String value) {
    public CustomerRef {
        Objects.requireNonNull(type, "identifier type");
        value = value == null ? "" : value.trim();
    }
}
