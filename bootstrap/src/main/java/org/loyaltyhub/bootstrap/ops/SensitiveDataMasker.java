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
        // Every request writes a log line, and running the four patterns over each was a tenth of a lookup's CPU
        // (issue 6's profile): each pattern runs only when a plain scan finds what it needs to match.
        String masked = line;
        // Credentials first: they may sit after an Authorization key in a form the key rule does not expect.
        if (masked.contains("Basic ") || masked.contains("Bearer ")) {
            masked = CREDENTIALS.matcher(masked).replaceAll("$1 " + Matcher.quoteReplacement(MASK));
        }
        if (containsSecretKey(masked)) {
            masked = SECRET_VALUE.matcher(masked).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
        }
        if (masked.indexOf('@') >= 0 || masked.contains("%40")) {
            masked = EMAIL.matcher(masked).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return hasDigitRun(masked, 8) ? PHONE.matcher(masked).replaceAll(Matcher.quoteReplacement(MASK)) : masked;
    }

    /**
     * Whether a key SECRET_VALUE looks for occurs, in any ASCII case as the pattern's {@code (?i)} matches; a
     * position is compared with the keys only when its letter starts one.
     */
    private static boolean containsSecretKey(String line) {
        for (int i = 0; i < line.length(); i++) {
            char first = (char) (line.charAt(i) | 0x20);
            if (first != 'p' && first != 's' && first != 't' && first != 'a') {
                continue;
            }
            for (String key : SECRET_KEYS) {
                if (key.charAt(0) == first && line.regionMatches(true, i, key, 0, key.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] SECRET_KEYS = {"password", "passwd", "pwd", "secret", "token", "authorization"};

    private static boolean hasDigitRun(String line, int length) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }
}
