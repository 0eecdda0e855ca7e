package org.loyaltyhub.domain.org;

import java.time.ZoneId;
import java.util.Objects;

/** A brand: the tenant. Dates are stored in UTC and shown in the org's time zone. */
public record Org(OrgId id, String name, ZoneId timeZone) {
    public Org {
        Objects.requireNonNull(id, "org id");
        Objects.requireNonNull(timeZone, "org time zone");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("org name must not be blank");
        }
    }
}
