package org.loyaltyhub.adapter.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A raw query string fit for the request log: the values of parameters that identify a person (mobile,
 * e-mail, external id, card) or carry a secret are replaced by {@value #MASK}; flags, ids, formats and
 * limits stay readable so a line still says what was asked. The string stays URL-encoded as received, so
 * a value cannot break the line (a newline arrives as {@code %0A}).
 */
public final class MaskedQuery {
    public static final String MASK = "***";
    private static final Set<String> MASKED = Set.of("mobile", "email", "external_id", "card_number",
            "card_external_id", "password", "secret");

    private MaskedQuery() {
    }

    /** The query with identifier values masked; empty for a missing or empty query. */
    public static String of(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner masked = new StringJoiner("&");
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                masked.add(pair);
                continue;
            }
            String name = pair.substring(0, equals);
            masked.add(isMasked(name) ? name + "=" + MASK : pair);
        }
        return masked.toString();
    }

    private static boolean isMasked(String rawName) {
        try {
            return MASKED.contains(URLDecoder.decode(rawName, StandardCharsets.UTF_8).trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException malformed) {
            // A name we cannot read might be anything: hide its value rather than guess.
            return true;
        }
    }
}
