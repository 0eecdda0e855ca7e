package org.loyaltyhub.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A quantity of loyalty points. Points may be fractional (three decimals, as Capillary shows them). */
public record Points(BigDecimal value) implements Comparable<Points> {
    public static final int SCALE = 3;
    public static final Points ZERO = new Points(BigDecimal.ZERO);

    public Points {
        if (value == null) {
            throw new IllegalArgumentException("points must not be null");
        }
        value = value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static Points of(String value) {
        return new Points(new BigDecimal(value));
    }

    public static Points of(long value) {
        return new Points(BigDecimal.valueOf(value));
    }

    public Points plus(Points other) {
        return new Points(value.add(other.value));
    }

    public Points minus(Points other) {
        return new Points(value.subtract(other.value));
    }

    public Points negate() {
        return new Points(value.negate());
    }

    public Points min(Points other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Points max(Points other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Points other) {
        return value.compareTo(other.value);
    }

    /** Plain decimal without trailing zeros: 120, 26447.104. */
    public String display() {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    @Override
    public String toString() {
        return display();
    }
}
