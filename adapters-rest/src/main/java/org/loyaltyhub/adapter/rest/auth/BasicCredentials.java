package org.loyaltyhub.adapter.rest.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * What a Capillary client sends in {@code Authorization: Basic base64(username ":" md5hex(password))}.
 * The secret is passed on as sent; checking it is the use case's job.
 */
record BasicCredentials(String username, String secret) {
    private static final String SCHEME = "basic ";

    /** Empty when the header is missing or is not a well-formed Basic header with both parts. */
    static Optional<BasicCredentials> parse(String authorizationHeader) {
        if (authorizationHeader == null) {
            return Optional.empty();
        }
        String header = authorizationHeader.trim();
        // The scheme name is case-insensitive (RFC 7617).
        if (!header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return Optional.empty();
        }
        String decoded;
        try {
            byte[] bytes = Base64.getDecoder().decode(header.substring(SCHEME.length()).trim());
            decoded = new String(bytes, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
