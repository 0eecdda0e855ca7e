package org.loyaltyhub.domain.tier;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Where a customer stands on a program's ladder, read off the slab history: the last change wins;
 * with no history the customer is in the entry slab for good.
 *
 * @param periodStart first day of the current validity period (the day of the last change)
 * @param validUntil  last day of the current validity period, null when the slab does not expire
 */
public record TierStanding(int serial, LocalDate periodStart, LocalDate validUntil) {
    public static final TierStanding ENTRY = new TierStanding(1, null, null);

    public TierStanding {
        if (serial < 1) {
            throw new IllegalArgumentException("slab serials start at 1");
        }
    }

    public static TierStanding from(List<SlabChange> historyOldestFirst, ZoneId zone) {
        if (historyOldestFirst.isEmpty()) {
            return ENTRY;
        }
        SlabChange last = historyOldestFirst.get(historyOldestFirst.size() - 1);
        return new TierStanding(last.toSerial(), LocalDate.ofInstant(last.changedOn(), zone), last.validUntil());
    }

    public boolean isDueForRenewalOn(LocalDate day) {
        return validUntil != null && day.isAfter(validUntil);
    }
}
