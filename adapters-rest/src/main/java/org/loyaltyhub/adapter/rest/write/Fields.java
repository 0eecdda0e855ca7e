package org.loyaltyhub.adapter.rest.write;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the values of a request item, which arrive as text (XML has nothing else, and Capillary's JSON
 * quotes numbers too). A blank value counts as absent. A value that cannot be read fails the item with a
 * message that names the field and says what is accepted.
 */
public final class Fields {
    private Fields() {
    }

    /** Trimmed; null when absent or blank. */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static BigDecimal decimal(String field, String raw) {
        return decimal(field, raw, ItemFailure.INVALID_INPUT);
    }

    /**
     * A decimal number, or null when absent; anything else, or a number no column can store, fails the item with
     * {@code code}.
     */
    public static BigDecimal decimal(String field, String raw, String code) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = value.length() <= MAX_NUMBER_LENGTH ? new BigDecimal(value) : null;
        } catch (NumberFormatException notANumber) {
            throw new ItemFailure(code, field + ": '" + value + "' is not a number");
        }
        if (number == null || !storable(number)) {
            throw new ItemFailure(code, field + ": '" + value + "' is out of range: at most " + MAX_WHOLE_DIGITS
                    + " digits before the decimal point and " + MAX_FRACTION_DIGITS + " after");
        }
        return number;
    }

    /**
     * Whether a number fits the columns amounts, points and quantities are kept in (DECIMAL(18,2) and (18,3):
     * at most 16 digits before the point) with at most 6 significant digits after it. Checked before anything
     * computes with it: rounding 1e999999999 or 1e-999999999 to cents would take the server minutes.
     */
    public static boolean storable(BigDecimal number) {
        BigDecimal significant = number.stripTrailingZeros();
        return significant.precision() - significant.scale() <= MAX_WHOLE_DIGITS
                && significant.scale() <= MAX_FRACTION_DIGITS;
    }

    /** No storable number needs more characters than this to be written, whatever its notation. */
    public static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_WHOLE_DIGITS = 16;
    static final int MAX_FRACTION_DIGITS = 6;

    /** A whole number above zero, or empty when absent. */
    public static Optional<Long> positiveLong(String field, String raw, String code) {
        String value = text(raw);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.matches("[0-9]{1,18}") || Long.parseLong(value) <= 0) {
            throw new ItemFailure(code, field + ": '" + value + "' is not a positive whole number");
        }
        return Optional.of(Long.parseLong(value));
    }

    /**
     * A point in time, or null when absent. Capillary sends local times, {@code yyyy-MM-dd HH:mm:ss}, read on
     * the org's clock; ISO-8601 with an offset ({@code 2024-03-01T18:30:00+05:30}) is exact; a bare date is
     * the start of that day on the org's clock.
     */
    public static Instant time(String field, String raw, ZoneId zone) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        String iso = value.replace(' ', 'T');
        try {
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay(zone).toInstant();
            }
            if (iso.endsWith("Z") || iso.matches(".*[+-][0-9]{2}:?[0-9]{2}$")) {
                return OffsetDateTime.parse(normaliseOffset(iso)).toInstant();
            }
            return LocalDateTime.parse(iso).atZone(zone).toInstant();
        } catch (DateTimeException notATime) {
            throw ItemFailure.invalid(field + ": '" + value + "' is not a time; use yyyy-MM-dd HH:mm:ss "
                    + "(the org's clock) or ISO-8601 with an offset");
        }
    }

    /** {@code +0530} as {@code +05:30}, which is what the ISO parser takes. */
    private static String normaliseOffset(String iso) {
        return iso.matches(".*[+-][0-9]{4}$")
                ? iso.substring(0, iso.length() - 2) + ":" + iso.substring(iso.length() - 2) : iso;
    }

    /** One of the enum's names, any case, or null when absent. */
    public static <E extends Enum<E>> E choice(String field, String raw, Class<E> type) {
        return choice(field, raw, type, ItemFailure.INVALID_INPUT);
    }

    public static <E extends Enum<E>> E choice(String field, String raw, Class<E> type, String code) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ItemFailure(code, field + ": '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** {@code 1}/{@code 0} as Capillary sends them, or {@code true}/{@code false}; null when absent. */
    public static Boolean flag(String field, String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> Boolean.TRUE;
            case "0", "false" -> Boolean.FALSE;
            default -> throw ItemFailure.invalid(field + ": '" + value + "' is not one of 1, 0, true, false");
        };
    }
}
