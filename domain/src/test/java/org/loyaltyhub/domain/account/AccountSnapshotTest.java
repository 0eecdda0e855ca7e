package org.loyaltyhub.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loyaltyhub.domain.program.ProgramFixtures.any;
import static org.loyaltyhub.domain.program.ProgramFixtures.entry;
import static org.loyaltyhub.domain.program.ProgramFixtures.lifetime;
import static org.loyaltyhub.domain.program.ProgramFixtures.program;
import static org.loyaltyhub.domain.program.ProgramFixtures.rate;
import static org.loyaltyhub.domain.program.ProgramFixtures.slab;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.Criterion;
import org.loyaltyhub.domain.program.CriterionMetric;
import org.loyaltyhub.domain.program.ExpiryRule;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;

class AccountSnapshotTest {
    /** Rate 1, points expire after 30 days; Silver at 1,000 lifetime points, held 12 months. */
    private static final Program PROGRAM = program(rate("1"), ExpiryRule.days(30),
            entry("Bronze"),
            slab(2, "Silver", any(lifetime("1000")), 12, any(Criterion.of(CriterionMetric.PURCHASE, "2000"))));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant at(String isoDate) {
        return d(isoDate).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    private static Purchase regular(String number, String amount, String date) {
        return new Purchase(null, new BillRef("S1", number), TransactionType.REGULAR, Money.of(amount), at(date), "T1",
                null);
    }

    @Test
    void holdsFromItsDayThroughItsLastStableDay() {
        AccountSnapshot snapshot = new AccountSnapshot(PointsBalance.EMPTY, d("2024-03-01"), Money.ZERO, 1, null,
                d("2024-03-10"));

        assertThat(snapshot.holdsOn(d("2024-02-29"))).as("before it was taken").isFalse();
        assertThat(snapshot.holdsOn(d("2024-03-01"))).isTrue();
        assertThat(snapshot.holdsOn(d("2024-03-10"))).isTrue();
        assertThat(snapshot.holdsOn(d("2024-03-11"))).isFalse();
    }

    @Test
    void withoutALastStableDayItHoldsForGood() {
        AccountSnapshot opening = AccountSnapshot.opening(d("2024-03-01"));

        assertThat(opening.holdsOn(d("2024-03-01"))).isTrue();
        assertThat(opening.holdsOn(d("2124-03-01"))).isTrue();
        assertThat(opening.balance()).isEqualTo(PointsBalance.EMPTY);
        assertThat(opening.cumulativePurchases()).isEqualTo(Money.ZERO);
        assertThat(opening.slabSerial()).isEqualTo(1);
        assertThat(opening.slabValidUntil()).isNull();
    }

    @Test
    void aSlabSerialBelowOneIsRefused() {
        assertThatThrownBy(() -> new AccountSnapshot(PointsBalance.EMPTY, d("2024-03-01"), Money.ZERO, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSnapshotLastsUntilTheDayBeforeTheFirstPointsExpire() {
        LoyaltyAccount account = LoyaltyAccount.open(PROGRAM, ZoneOffset.UTC);
        account.recordPurchase(regular("B1", "300", "2024-01-10")); // expires after 2024-02-09
        account.recordPurchase(regular("B2", "200", "2024-01-20"));

        AccountSnapshot snapshot = account.snapshotOn(d("2024-01-20"));

        assertThat(snapshot.balance().available()).isEqualTo(Points.of(500));
        assertThat(snapshot.cumulativePurchases()).isEqualTo(Money.of("500"));
        assertThat(snapshot.slabSerial()).isEqualTo(1);
        assertThat(snapshot.asOf()).isEqualTo(d("2024-01-20"));
        // B1's lot is spendable through its expiry date, 30 days after it was earned
        assertThat(snapshot.stableUntil()).isEqualTo(PROGRAM.expiryRule().expiryFor(d("2024-01-10")).orElseThrow());
    }

    @Test
    void theSlabsLastValidDayEndsItWhenThatComesFirst() {
        Program neverExpiring = program(rate("1"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", any(lifetime("1000")), 12, any(Criterion.of(CriterionMetric.PURCHASE, "2000"))));
        LoyaltyAccount account = LoyaltyAccount.open(neverExpiring, ZoneOffset.UTC);
        account.recordPurchase(regular("B1", "1000", "2024-01-15")); // Silver until 2025-01-14

        AccountSnapshot snapshot = account.snapshotOn(d("2024-02-01"));

        assertThat(snapshot.slabSerial()).isEqualTo(2);
        assertThat(snapshot.slabValidUntil()).isEqualTo(d("2025-01-14"));
        assertThat(snapshot.stableUntil()).isEqualTo(d("2025-01-14"));
    }

    @Test
    void aDelayedCreditEndsItTheDayBeforeItBecomesSpendable() {
        LoyaltyAccount account = LoyaltyAccount.open(program(rate("1"), ExpiryRule.NEVER, entry("Bronze")),
                ZoneOffset.UTC);
        account.award(Points.of(50), at("2024-01-10"), d("2024-01-25"), "S1", "welcome");

        AccountSnapshot snapshot = account.snapshotOn(d("2024-01-10"));

        assertThat(snapshot.balance().delayed()).isEqualTo(Points.of(50));
        assertThat(snapshot.stableUntil()).isEqualTo(d("2024-01-24"));
    }

    @Test
    void anAccountNotCaughtUpPastItsSlabsValidityNeverHolds() {
        Program neverExpiring = program(rate("1"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", any(lifetime("1000")), 12, any(Criterion.of(CriterionMetric.PURCHASE, "2000"))));
        LoyaltyAccount account = LoyaltyAccount.open(neverExpiring, ZoneOffset.UTC);
        account.recordPurchase(regular("B1", "1000", "2024-01-15")); // Silver until 2025-01-14

        AccountSnapshot late = account.snapshotOn(d("2025-02-01"));

        assertThat(late.holdsOn(d("2025-02-01"))).isFalse();
    }
}
