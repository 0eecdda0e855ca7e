package org.loyaltyhub.application.port.in;

import org.loyaltyhub.domain.access.AccessRights;

/**
 * An API user to create. {@code password} is the plain password a person types; it is hashed as
 * Capillary clients will send it, {@code md5hex(password)}, and never stored. {@code rights} is the user's
 * access group (null: WRITE on every resource).
 */
public record ApiUserImport(String username, String tillCode, String password, AccessRights rights) {
    public ApiUserImport {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("API user " + username + " needs a password");
        }
        rights = rights == null ? AccessRights.FULL : rights;
    }

    public ApiUserImport(String username, String tillCode, String password) {
        this(username, tillCode, password, null);
    }
}
