package org.loyaltyhub.domain.org;

public record OrgId(long value) {
    public OrgId {
        if (value <= 0) {
            throw new IllegalArgumentException("org id must be positive: " + value);
        }
    }
}
