package org.loyaltyhub.adapter.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;

/** How values are written on the wire (spec section 2): dates, booleans and amounts. */
public final class WireValues {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private WireValues() {
    }

    /** {@code yyyy-MM-dd HH:mm:ss} as a clock in the org's zone shows it; null stays null. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(zone));
    }

    public static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** Capillary writes booleans inside objects as the strings "true" and "false". */
    public static String bool(boolean value) {
        return value ? "true" : "false";
    }

    /** A JSON number without trailing zeros: 120, 26447.104. */
    public static BigDecimal number(Points points) {
        return new BigDecimal(points.display());
    }

    public static BigDecimal number(Money money) {
        return new BigDecimal(money.display());
    }

    /** The same figures as strings, as embedded rows and points summaries carry them. */
    public static String text(Points points) {
        return points == null ? null : points.display();
    }

    public static String text(Money money) {
        return money == null ? null : money.display();
    }

    public static String text(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
