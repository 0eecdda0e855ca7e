package org.loyaltyhub.bootstrap.ops;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides personal data and secrets in a rendered log line, whoever wrote it: our code, the framework, or a
 * driver quoting a statement's values in an exception message. It masks e-mail addresses, runs of 8 or more
 * digits (mobile numbers, optionally with a leading {@code +} or {@code %2B}), Basic/Bearer credentials and
 * the value after a password, secret, token or Authorization key. Shorter numbers, decimals, dates, request
 * ids (UUIDs), codes and amounts stay readable: digits glued to letters or dashes, or part of a decimal, are
 * left alone, which is what keeps UUIDs, versions and timestamps intact. Epoch milliseconds (13 digits) do
 * get masked.
 */
public final class SensitiveDataMasker {
    public static final String MASK = "***";

    private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+(?:@|%40)[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.-])(?:\\+|%2[Bb])?\\d{8,}(?![\\w-]|\\.\\d)");
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "(?i)(password|passwd|pwd|secret|token|authorization)([\"']?\\s*[:=]\\s*[\"'\\[]?)"
                    + "(?:(?:basic|bearer)\\s+)?[^\\s,;\"'&}\\]]+");
    /** Capitalised as in the header, so that prose such as "basic settings" is left alone. */
    private static final Pattern CREDENTIALS = Pattern.compile("\\b(Basic|Bearer) +[A-Za-z0-9+/=._~-]{8,}");

    private SensitiveDataMasker() {
    }

    public static String mask(String line) {
        if (line == null || line.isEmpty()) {
            return line;
        }
        // Credentials first: they may sit after an Authorization key in a form the key rule does not expect.
        String masked = CREDENTIALS.matcher(line).replaceAll("$1 " + Matcher.quoteReplacement(MASK));
        masked = SECRET_VALUE.matcher(masked).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
        if (masked.indexOf('@') >= 0 || masked.contains("%40")) {
            masked = EMAIL.matcher(masked).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return PHONE.matcher(masked).replaceAll(Matcher.quoteReplacement(MASK));
    }
}
