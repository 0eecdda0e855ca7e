package org.loyaltyhub.bootstrap.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The raw material of the fuzz: hostile and odd values, drawn from one {@link Random} so that a case is
 * rebuilt exactly from its seed. Nothing here is valid for any field by accident: each list says what it
 * can be used for. No value contains the words the stack-trace check looks for.
 */
final class Junk {
    /** Strings an attacker or a broken client sends; none is a number, a date, a flag or an enum name. */
    static final List<String> INJECTIONS = List.of(
            "' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE customer; --", "admin'--", "' UNION SELECT * FROM api_user --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "../../../../etc/passwd",
            "..\\..\\windows\\win.ini", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "#{7*7}",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "]]>", "<![CDATA[x]]>",
            "%s%s%s%n", "\\u0000", "null", "undefined", "NaN", "Infinity", "-Infinity", "true false",
            "\u202Egnp.exe", "\uFEFFbom", "zero\u0000byte", "tab\there", "line\nbreak", "emoji \uD83D\uDE00",
            "\u00e9\u00e8\u00ea", "\u4e2d\u6587", "\u0421\u043b\u0430\u0432\u0430", "\\", "\"", "'", "`", "%",
            "%%", "%zz", "+", "&", "=", "?", "#", ";", "*", "{}", "[]", "{\"a\":1}", "[1,2]");

    /** Text that is not a decimal number (nor empty once trimmed). */
    static final List<String> NOT_NUMBERS = List.of("abc", "1,5", "1.2.3", "--1", "1e", "e5", "0x10", "1_000",
            "12abc", "NaN", "Infinity", "-Infinity", "one", "1 000", "$10", "10%", ".", "-", "+", "[1]", "{}",
            "null", "true", "' OR 1=1 --", "1;DROP");

    /** Numbers below zero. */
    static final List<String> NEGATIVES = List.of("-1", "-0.01", "-100", "-1e308", "-999999999999999999999",
            "-9223372036854775808", "-1E+3");

    /** Decimal numbers no amount can be: beyond 16 digits before the point, or absurd exponents. */
    static final List<String> HUGE = List.of("1e308", "1E+400", "1e999999999", "99999999999999999999",
            "123456789012345678.5", "1e17", "9.9e99", "1e-999999999");

    /** Text that is not a whole number >= 0 (for day counts and limits). */
    static final List<String> NOT_WHOLE = List.of("abc", "-1", "-2147483648", "1.5", "1e3", "2147483648",
            "99999999999999999999", "[1]", "{}", "null", "true", "0x1F", "1 2", "--1", "\u0000", "' OR 1=1 --",
            "1;", "%");

    /** Text that is not a positive whole number (for ids). */
    static final List<String> NOT_POSITIVE = List.of("abc", "0", "-5", "1.0", "9223372036854775808",
            "99999999999999999999", "1e2", "null", "true", "[]", "' OR 1=1 --", "-0", "00", "1 2");

    /** Text that is not a date or time in any form the API reads. */
    static final List<String> NOT_TIMES = List.of("yesterday", "2026-13-01 10:00:00", "2026-02-30 10:00:00",
            "2026-11-25 25:00:00", "25/11/2026", "2026/11/25", "1e308", "-1", "' OR 1=1 --", "2026-11-25T10:00:00+25:00",
            "0000-00-00 00:00:00", "2026-11-25 10:00:00 PM", "T", "99999-01-01 00:00:00", "2026-1-1");

    /** Text that is not a date YYYY-MM-DD. */
    static final List<String> NOT_DATES = List.of("2024-13-45", "2024-02-30", "24-01-01", "2024/01/01", "0000-00-00",
            "2024-1-1", "today", "' OR 1=1 --", "20240101", "2024-01-01T00:00", "-1", "1e308");

    private final Random random;

    Junk(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** A hostile or odd string; sometimes very long. */
    String text() {
        return switch (random.nextInt(6)) {
            case 0 -> longText(between(65, 5000));
            case 1 -> randomChars(between(1, 40));
            default -> pick(INJECTIONS);
        };
    }

    /** Like {@link #text()}, but short enough for a query string. */
    String shortText() {
        return random.nextBoolean() ? randomChars(between(1, 30)) : pick(INJECTIONS);
    }

    String longText(int length) {
        String unit = pick("A", "x", "\u00e9", "' OR ", "<a>", "%00", "9");
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            s.append(unit);
        }
        return s.substring(0, length);
    }

    /** Random characters from every plane that matters: controls, ASCII punctuation, accents, CJK, emoji. */
    String randomChars(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> s.append((char) random.nextInt(32));
                case 1, 2 -> s.append((char) (33 + random.nextInt(94)));
                case 3 -> s.append((char) (0xA0 + random.nextInt(0x160)));
                case 4 -> s.append((char) (0x4E00 + random.nextInt(0x500)));
                default -> s.appendCodePoint(0x1F600 + random.nextInt(0x40));
            }
        }
        return s.toString();
    }

    /** An amount no bill can have: negative, not a number, or too large to store. */
    String badAmount() {
        return switch (random.nextInt(3)) {
            case 0 -> pick(NEGATIVES);
            case 1 -> pick(NOT_NUMBERS);
            default -> pick(HUGE);
        };
    }

    /** A mobile number's shape that is wrong: not 8 to 15 digits once trimmed, and not blank. */
    String badMobile() {
        String value = switch (random.nextInt(5)) {
            case 0 -> String.valueOf(random.nextInt(9_999_999));
            case 1 -> "44" + "7".repeat(between(14, 40));
            case 2 -> pick(INJECTIONS);
            case 3 -> "+44 7700 " + between(100000, 999999);
            default -> pick(NOT_NUMBERS);
        };
        return value.trim().matches("[0-9]{8,15}") || value.trim().isEmpty() ? "12ab" : value;
    }

    /** An e-mail address that has the wrong shape. */
    String badEmail() {
        String value = pick("no-at-sign", "a@b", "@example.com", "a@@example.com", "a b@example.com", "a@example",
                "' OR 1=1 --", "x".repeat(250) + "@example.com", "a@b@c.d", "\u0000@x.y");
        return value;
    }

    /** An external id that is not 1 to 64 visible ASCII characters. */
    String badExternalId() {
        return pick("has space", "x".repeat(between(65, 300)), "tab\tid", "\u00e9t\u00e9", "zero\u0000byte",
                "\u4e2d\u6587", "' OR 1=1 --");
    }

    /** A mobile of the right shape that no customer has (the demo seed has none starting with 99). */
    String unknownMobile() {
        return "99" + (10_000_000 + random.nextInt(89_999_999));
    }

    /** Valid UTF-8 of the string, as one ISO-8859-1 char per byte, for raw request lines and headers. */
    static String rawUtf8(String value) {
        return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
