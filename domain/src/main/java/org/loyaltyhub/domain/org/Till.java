package org.loyaltyhub.domain.org;

import java.util.Objects;

/** A point of sale in a store. Its code is unique within the org (Capillary logs tills in by code). */
public record Till(OrgId orgId, String code, String name, String storeCode) {
    public Till {
        Objects.requireNonNull(orgId, "org id");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("till code must not be blank");
        }
        if (storeCode == null || storeCode.isBlank()) {
            throw new IllegalArgumentException("till " + code + " needs a store");
        }
        name = name == null ? code : name;
    }
}
