package org.loyaltyhub.domain.org;

import java.util.Objects;

/** A shop of an org. Its code is unique within the org. */
public record Store(OrgId orgId, String code, String name) {
    public Store {
        Objects.requireNonNull(orgId, "org id");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("store code must not be blank");
        }
        name = name == null ? code : name;
    }
}
