package org.loyaltyhub.domain.access;

import java.util.Objects;
import org.loyaltyhub.domain.org.OrgId;

/**
 * A till (or store server) allowed to call the API for one org. The username is the till code and is
 * unique across orgs, because a Basic login names no org.
 */
public record ApiUser(String username, OrgId orgId, String tillCode, String storeCode, PasswordHash password,
                      AccessRights rights) {
    public ApiUser {
        if (username == null || username.isBlank() || username.contains(":")) {
            throw new IllegalArgumentException("API username must be non-blank and contain no ':'");
        }
        Objects.requireNonNull(orgId, "org id");
        Objects.requireNonNull(password, "password hash");
        tillCode = tillCode == null ? username : tillCode;
        rights = rights == null ? AccessRights.FULL : rights;
    }

    /** A user with WRITE on every resource. */
    public ApiUser(String username, OrgId orgId, String tillCode, String storeCode, PasswordHash password) {
        this(username, orgId, tillCode, storeCode, password, AccessRights.FULL);
    }
}
