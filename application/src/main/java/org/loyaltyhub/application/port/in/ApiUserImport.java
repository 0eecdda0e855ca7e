package org.loyaltyhub.application.port.in;

/**
 * An API user to create. {@code password} is the plain password a person types; it is hashed as
 * Capillary clients will send it, {@code md5hex(password)}, and never stored.
 */
public record ApiUserImport(String username, String tillCode, String password) {
    public ApiUserImport {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("API user " + username + " needs a password");
        }
    }
}
