package org.loyaltyhub.domain.program;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When points earned on a day stop being spendable. A lot is usable through its expiry date and
 * expires the day after.
 */
public record ExpiryRule(Unit unit, int amount) {
    public enum Unit { NEVER, DAYS, MONTHS }

    public static final ExpiryRule NEVER = new ExpiryRule(Unit.NEVER, 0);

    public ExpiryRule {
        if (unit == null) {
            throw new IllegalArgumentException("expiry unit must not be null");
        }
        if (unit != Unit.NEVER && amount <= 0) {
            throw new IllegalArgumentException("expiry after " + amount + " " + unit + " must be positive");
        }
        if (unit == Unit.NEVER) {
            amount = 0;
        }
    }

    public static ExpiryRule days(int days) {
        return new ExpiryRule(Unit.DAYS, days);
    }

    /** Month-based expiry lands on the last day of the month, so a whole month's points expire together. */
    public static ExpiryRule months(int months) {
        return new ExpiryRule(Unit.MONTHS, months);
    }

    public Optional<LocalDate> expiryFor(LocalDate earnedOn) {
        return switch (unit) {
            case NEVER -> Optional.empty();
            case DAYS -> Optional.of(earnedOn.plusDays(amount));
            case MONTHS -> Optional.of(earnedOn.plusMonths(amount).with(TemporalAdjusters.lastDayOfMonth()));
        };
    }
}
