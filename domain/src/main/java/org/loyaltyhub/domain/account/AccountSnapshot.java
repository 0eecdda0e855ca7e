package org.loyaltyhub.domain.account;

import java.time.LocalDate;
import java.util.Objects;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.shared.Money;

/**
 * What a lookup shows of one program's account, taken on one day, with the last day it stays true if
 * nothing is written: stored with every write so a read need not replay the customer's whole history.
 *
 * @param asOf                the org's day it was taken on
 * @param cumulativePurchases regular bill amounts minus returned amounts, never below zero
 * @param slabSerial          the slab held
 * @param slabValidUntil      the last day of the slab's validity; null when it does not expire
 * @param stableUntil         the last day on which every figure is still the same without a write: the day
 *                            before a lot expires or a delayed lot becomes spendable, at the latest the slab's
 *                            last valid day; null when nothing changes by itself. Before {@code asOf} when
 *                            the account was not caught up (a slab past its validity): it then never holds
 */
public record AccountSnapshot(PointsBalance balance, LocalDate asOf, Money cumulativePurchases, int slabSerial,
                              LocalDate slabValidUntil, LocalDate stableUntil) {
    public AccountSnapshot {
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(asOf, "the day it was taken on");
        Objects.requireNonNull(cumulativePurchases, "cumulative purchases");
        if (slabSerial < 1) {
            throw new IllegalArgumentException("slab serials start at 1");
        }
    }

    /** A new member's account: nothing earned, nothing bought, the entry slab for good. */
    public static AccountSnapshot opening(LocalDate asOf) {
        return new AccountSnapshot(PointsBalance.EMPTY, asOf, Money.ZERO, 1, null, null);
    }

    /** Whether a lookup on {@code day} may show these figures instead of replaying the history. */
    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(asOf) && (stableUntil == null || !day.isAfter(stableUntil));
    }
}
