package org.loyaltyhub.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in the org's currency, two decimals. Never negative: direction is given by the event. */
public record Money(BigDecimal value) implements Comparable<Money> {
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (value == null) {
            throw new IllegalArgumentException("amount must not be null");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + value);
        }
        value = value.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money of(String value) {
        return new Money(new BigDecimal(value));
    }

    public Money plus(Money other) {
        return new Money(value.add(other.value));
    }

    /** Subtraction that stops at zero: a return never makes purchases negative. */
    public Money minusFloorZero(Money other) {
        BigDecimal result = value.subtract(other.value);
        return result.signum() < 0 ? ZERO : new Money(result);
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return value.compareTo(other.value);
    }

    /** Plain decimal without trailing zeros: 1200, 99.5. */
    public String display() {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    @Override
    public String toString() {
        return display();
    }
}
