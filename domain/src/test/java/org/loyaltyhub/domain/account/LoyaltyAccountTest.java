package org.loyaltyhub.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loyaltyhub.domain.program.ProgramFixtures.all;
import static org.loyaltyhub.domain.program.ProgramFixtures.any;
import static org.loyaltyhub.domain.program.ProgramFixtures.current;
import static org.loyaltyhub.domain.program.ProgramFixtures.entry;
import static org.loyaltyhub.domain.program.ProgramFixtures.lifetime;
import static org.loyaltyhub.domain.program.ProgramFixtures.program;
import static org.loyaltyhub.domain.program.ProgramFixtures.purchases;
import static org.loyaltyhub.domain.program.ProgramFixtures.rate;
import static org.loyaltyhub.domain.program.ProgramFixtures.slab;
import static org.loyaltyhub.domain.program.ProgramFixtures.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.DatedPoints;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.Criterion;
import org.loyaltyhub.domain.program.CriterionMetric;
import org.loyaltyhub.domain.program.ExpiryRule;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramFixtures;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.DomainException;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.SlabChangeType;
import org.loyaltyhub.domain.tier.TierStanding;

class LoyaltyAccountTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    /**
     * Rate 1 everywhere. Silver at 1,000 lifetime points, held 12 months, renewed by 2,000 of purchases;
     * Gold at 5,000 lifetime points, held 6 months, renewed by 5,000 of purchases.
     */
    private static final Program TIERED = program(rate("1"), ExpiryRule.NEVER,
            entry("Bronze"),
            slab(2, "Silver", any(lifetime("1000")), 12, any(Criterion.of(CriterionMetric.PURCHASE, "2000"))),
            slab(3, "Gold", any(lifetime("5000")), 6, any(Criterion.of(CriterionMetric.PURCHASE, "5000"))));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant at(String isoDate) {
        return d(isoDate).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    private static Points p(String v) {
        return Points.of(v);
    }

    private static BillRef bill(String number) {
        return new BillRef("S1", number);
    }

    private static Purchase regular(String number, String amount, String date) {
        return new Purchase(null, bill(number), TransactionType.REGULAR, Money.of(amount), at(date), "T1", null);
    }

    private static Purchase returnOf(String number, String original, String amount, String date) {
        return new Purchase(null, bill(number), TransactionType.RETURN, Money.of(amount), at(date), "T1",
                bill(original));
    }

    private static Purchase notInterested(String number, String amount, String date) {
        return new Purchase(null, bill(number), TransactionType.NOT_INTERESTED, Money.of(amount), at(date), "T1", null);
    }

    private static List<LedgerEntry> entriesOf(LoyaltyAccount account, EntryKind kind) {
        return account.ledger().entries().stream().filter(e -> e.kind() == kind).toList();
    }

    // ---- earning and upgrade ----

    @Test
    void a_regular_bill_earns_at_the_current_slab_and_then_upgrades() {
        LoyaltyAccount account = LoyaltyAccount.open(ProgramFixtures.bronzeSilverGold(), UTC);

        account.recordPurchase(regular("B1", "10000", "2024-01-15"));

        assertThat(entriesOf(account, EntryKind.EARN)).singleElement().extracting(LedgerEntry::points)
                .as("Bronze rate 0.1, not Silver's 0.15").isEqualTo(p("1000"));
        assertThat(account.standing()).isEqualTo(new TierStanding(2, d("2024-01-15"), d("2025-01-14")));

        account.recordPurchase(regular("B2", "2000", "2024-02-01"));

        assertThat(entriesOf(account, EntryKind.EARN)).extracting(LedgerEntry::points)
                .as("Silver rate 0.15 from now on").containsExactly(p("1000"), p("300"));
        assertThat(account.ledger().balanceOn(d("2024-02-01")).lifetime()).isEqualTo(p("1300"));
    }

    @Test
    void the_earn_entry_carries_bill_store_and_the_programs_expiry() {
        Program p = program(rate("0.5"), ExpiryRule.months(2), entry("Bronze"));
        LoyaltyAccount account = LoyaltyAccount.open(p, UTC);

        account.recordPurchase(regular("B1", "99.99", "2024-01-31"));

        LedgerEntry earn = account.ledger().entries().get(0);
        assertThat(earn.points()).isEqualTo(p("49.995"));
        assertThat(earn.bill()).isEqualTo(bill("B1"));
        assertThat(earn.storeCode()).isEqualTo("S1");
        assertThat(earn.expiresOn()).isEqualTo(d("2024-03-31"));
        assertThat(earn.occurredAt()).isEqualTo(at("2024-01-31"));
    }

    @Test
    void the_earn_day_is_the_orgs_day() {
        Program p = program(rate("1"), ExpiryRule.months(1), entry("Bronze"));
        Instant lateEvening = Instant.parse("2024-01-31T20:00:00Z"); // 2024-02-01 01:30 in Kolkata
        Purchase bill = new Purchase(null, bill("B1"), TransactionType.REGULAR, Money.of("100"), lateEvening, "T1",
                null);
        LoyaltyAccount kolkata = LoyaltyAccount.open(p, ZoneId.of("Asia/Kolkata"));
        LoyaltyAccount utc = LoyaltyAccount.open(p, UTC);

        kolkata.recordPurchase(bill);
        utc.recordPurchase(bill);

        assertThat(kolkata.ledger().entries().get(0).expiresOn()).isEqualTo(d("2024-03-31"));
        assertThat(utc.ledger().entries().get(0).expiresOn()).isEqualTo(d("2024-02-29"));
    }

    @Test
    void a_bill_that_earns_nothing_writes_no_entry() {
        Program p = program(rate("0"), ExpiryRule.NEVER, entry("Bronze"));
        LoyaltyAccount account = LoyaltyAccount.open(p, UTC);
        account.recordPurchase(regular("B1", "100", "2024-01-15"));
        account.recordPurchase(regular("B2", "0", "2024-01-16"));
        assertThat(account.ledger().entries()).isEmpty();
        assertThat(account.cumulativePurchases()).isEqualTo(Money.of("100"));
    }

    @Test
    void a_big_bill_jumps_over_several_slabs_in_one_upgrade() {
        LoyaltyAccount account = LoyaltyAccount.open(ProgramFixtures.bronzeSilverGold(), UTC);

        account.recordPurchase(regular("B1", "50000", "2024-01-15"));

        List<SlabChange> changes = account.drainChanges().slabChanges();
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(SlabChangeType.UPGRADE);
            assertThat(c.fromSerial()).isEqualTo(1);
            assertThat(c.toSerial()).isEqualTo(3);
            assertThat(c.storeCode()).isEqualTo("S1");
            assertThat(c.changedOn()).isEqualTo(at("2024-01-15"));
        });
        assertThat(entriesOf(account, EntryKind.EARN).get(0).points()).isEqualTo(p("5000"));
    }

    @Test
    void all_needs_every_criterion_to_upgrade() {
        Program p = program(rate("1"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", all(lifetime("1000"), purchases("5000")), 12, null));
        LoyaltyAccount account = LoyaltyAccount.open(p, UTC);

        account.recordPurchase(regular("B1", "1000", "2024-01-15"));
        assertThat(account.standing().serial()).as("1,000 points but only 1,000 of purchases").isEqualTo(1);

        account.recordPurchase(regular("B2", "4000", "2024-01-16"));
        assertThat(account.standing().serial()).isEqualTo(2);
    }

    @Test
    void any_needs_one_criterion_to_upgrade() {
        Program p = program(rate("1"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", any(lifetime("1000"), purchases("5000")), 12, null));
        LoyaltyAccount account = LoyaltyAccount.open(p, UTC);

        account.recordPurchase(regular("B1", "1000", "2024-01-15"));

        assertThat(account.standing().serial()).isEqualTo(2);
    }

    @Test
    void lifetime_points_upgrade_counts_promotions_and_ignores_redemptions() {
        LoyaltyAccount account = LoyaltyAccount.open(TIERED, UTC);
        account.recordPurchase(regular("B1", "600", "2024-01-10"));
        account.redeem(p("600"), at("2024-01-11"), "S1");
        assertThat(account.standing().serial()).isEqualTo(1);

        account.award(p("400"), at("2024-01-12"), null, "S1", "birthday");

        assertThat(account.standing().serial()).as("600 earned + 400 promotion, spending does not count")
                .isEqualTo(2);
    }

    @Test
    void cumulative_purchases_upgrade_counts_bills_minus_returns() {
        Program p = program(rate("0.1"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", any(purchases("5000")), 12, null));
        LoyaltyAccount account = LoyaltyAccount.open(p, UTC);

        account.recordPurchase(regular("B1", "3000", "2024-01-10"));
        account.recordPurchase(returnOf("R1", "B1", "1000", "2024-01-11"));
        account.recordPurchase(regular("B2", "2500", "2024-01-12"));
        assertThat(account.cumulativePurchases()).isEqualTo(Money.of("4500"));
        assertThat(account.standing().serial()).isEqualTo(1);

        account.recordPurchase(regular("B3", "500", "2024-01-13"));
        assertThat(account.cumulativePurchases()).isEqualTo(Money.of("5000"));
        assertThat(account.standing().serial()).isEqualTo(2);
    }

    @Test
    void current_points_upgrade_uses_the_spendable_balance_not_lifetime() {
        Program p = program(rate("1"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", any(current("600")), 12, null));
        LoyaltyAccount account = LoyaltyAccount.open(p, UTC);

        account.recordPurchase(regular("B1", "400", "2024-01-10"));
        account.redeem(p("300"), at("2024-01-11"), "S1");
        account.recordPurchase(regular("B2", "450", "2024-01-12"));
        assertThat(account.ledger().balanceOn(d("2024-01-12")).lifetime()).isEqualTo(p("850"));
        assertThat(account.standing().serial()).as("only 550 spendable").isEqualTo(1);

        account.adjust(p("50"), at("2024-01-13"), "goodwill");

        assertThat(account.standing().serial()).isEqualTo(2);
    }

    @Test
    void tracker_upgrade_counts_bills_inside_the_moving_window() {
        Program p = program(rate("0.01"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", any(tracker("1000", 30)), 12, null));
        LoyaltyAccount account = LoyaltyAccount.open(p, UTC);

        account.recordPurchase(regular("B1", "600", "2024-01-01"));
        account.recordPurchase(regular("B2", "500", "2024-01-30"));

        assertThat(account.standing().serial()).as("2024-01-01..2024-01-30 is 30 days: 1,100").isEqualTo(2);
        assertThat(account.metricsAt(at("2024-01-30")).valueOf(tracker("1000", 30))).isEqualByComparingTo("1100");
    }

    @Test
    void tracker_upgrade_forgets_bills_that_left_the_window() {
        Program p = program(rate("0.01"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", any(tracker("1000", 30)), 12, null));
        LoyaltyAccount account = LoyaltyAccount.open(p, UTC);

        account.recordPurchase(regular("B1", "600", "2024-01-01"));
        account.recordPurchase(regular("B2", "500", "2024-01-31"));

        assertThat(account.standing().serial()).as("the 600 of 2024-01-01 left the window 2024-01-02..31")
                .isEqualTo(1);
        assertThat(account.metricsAt(at("2024-01-31")).valueOf(tracker("1000", 30))).isEqualByComparingTo("500");
    }

    @Test
    void metrics_refuse_a_renewal_metric() {
        LoyaltyAccount account = LoyaltyAccount.open(TIERED, UTC);
        assertThatThrownBy(() -> account.metricsAt(at("2024-01-01"))
                .valueOf(Criterion.of(CriterionMetric.VISITS, "1"))).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- returns ----

    @Test
    void returning_half_the_bill_takes_back_half_its_points() {
        LoyaltyAccount account = LoyaltyAccount.open(program(rate("0.1"), ExpiryRule.NEVER, entry("Bronze")), UTC);
        account.recordPurchase(regular("B1", "1000", "2024-01-10"));

        account.recordPurchase(returnOf("R1", "B1", "500", "2024-01-11"));

        assertThat(entriesOf(account, EntryKind.RETURN)).singleElement().satisfies(e -> {
            assertThat(e.points()).isEqualTo(p("50"));
            assertThat(e.bill()).as("the return is booked against the original bill").isEqualTo(bill("B1"));
        });
        PointsBalance b = account.ledger().balanceOn(d("2024-01-11"));
        assertThat(b.available()).isEqualTo(p("50"));
        assertThat(b.lifetime()).isEqualTo(p("50"));
        assertThat(b.returned()).isEqualTo(p("50"));
        assertThat(account.cumulativePurchases()).isEqualTo(Money.of("500"));
    }

    @Test
    void successive_returns_never_take_back_more_than_the_bill_earned() {
        LoyaltyAccount account = LoyaltyAccount.open(program(rate("0.1"), ExpiryRule.NEVER, entry("Bronze")), UTC);
        account.recordPurchase(regular("B1", "1000", "2024-01-10"));
        account.recordPurchase(regular("B2", "1000", "2024-01-10"));

        account.recordPurchase(returnOf("R1", "B1", "500", "2024-01-11"));
        account.recordPurchase(returnOf("R2", "B1", "500", "2024-01-12"));
        account.recordPurchase(returnOf("R3", "B1", "100", "2024-01-13"));

        assertThat(entriesOf(account, EntryKind.RETURN)).extracting(LedgerEntry::points)
                .containsExactly(p("50"), p("50"));
        assertThat(account.ledger().earnedFor(bill("B1"))).isEqualTo(Points.ZERO);
        assertThat(account.ledger().balanceOn(d("2024-01-13")).available()).as("B2's points untouched")
                .isEqualTo(p("100"));
        assertThat(account.drainChanges().purchases()).as("the third return is still recorded").hasSize(5);
    }

    @Test
    void a_return_larger_than_the_bill_takes_back_only_the_whole_bill() {
        LoyaltyAccount account = LoyaltyAccount.open(program(rate("0.1"), ExpiryRule.NEVER, entry("Bronze")), UTC);
        account.recordPurchase(regular("B1", "1000", "2024-01-10"));
        account.recordPurchase(regular("B2", "1000", "2024-01-10"));

        account.recordPurchase(returnOf("R1", "B1", "1500", "2024-01-11"));

        assertThat(entriesOf(account, EntryKind.RETURN)).extracting(LedgerEntry::points).containsExactly(p("100"));
    }

    @Test
    void a_third_of_a_bill_takes_back_a_third_of_its_points() {
        LoyaltyAccount account = LoyaltyAccount.open(program(rate("0.1"), ExpiryRule.NEVER, entry("Bronze")), UTC);
        account.recordPurchase(regular("B1", "999", "2024-01-10"));

        account.recordPurchase(returnOf("R1", "B1", "333", "2024-01-11"));

        assertThat(entriesOf(account, EntryKind.RETURN)).extracting(LedgerEntry::points).containsExactly(p("33.3"));
        assertThat(account.ledger().balanceOn(d("2024-01-11")).available()).isEqualTo(p("66.6"));
    }

    @Test
    void a_third_of_a_large_bill_takes_back_exactly_a_third_of_its_points() {
        LoyaltyAccount account = LoyaltyAccount.open(program(rate("0.1"), ExpiryRule.NEVER, entry("Bronze")), UTC);
        account.recordPurchase(regular("B1", "300000000", "2024-01-10"));

        account.recordPurchase(returnOf("R1", "B1", "100000000", "2024-01-11"));

        assertThat(entriesOf(account, EntryKind.RETURN)).extracting(LedgerEntry::points)
                .containsExactly(p("10000000"));
    }

    @Test
    void a_return_takes_back_only_what_is_still_spendable() {
        LoyaltyAccount account = LoyaltyAccount.open(program(rate("0.1"), ExpiryRule.NEVER, entry("Bronze")), UTC);
        account.recordPurchase(regular("B1", "1000", "2024-01-10"));
        account.redeem(p("80"), at("2024-01-11"), "S1");

        account.recordPurchase(returnOf("R1", "B1", "1000", "2024-01-12"));

        assertThat(entriesOf(account, EntryKind.RETURN)).extracting(LedgerEntry::points).containsExactly(p("20"));
        assertThat(account.ledger().balanceOn(d("2024-01-12")).available()).isEqualTo(Points.ZERO);
    }

    @Test
    void a_return_of_an_unknown_bill_is_refused() {
        LoyaltyAccount account = LoyaltyAccount.open(TIERED, UTC);
        account.recordPurchase(regular("B1", "100", "2024-01-10"));
        account.drainChanges();

        assertThatThrownBy(() -> account.recordPurchase(returnOf("R1", "B9", "50", "2024-01-11")))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("UNKNOWN_BILL");
        assertThatThrownBy(() -> account.recordPurchase(new Purchase(null, bill("R2"), TransactionType.RETURN,
                Money.of("50"), at("2024-01-11"), "T1", new BillRef("S2", "B1"))))
                .as("the same number at another store is another bill")
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("UNKNOWN_BILL");

        assertThat(account.drainChanges().isEmpty()).isTrue();
        assertThat(account.cumulativePurchases()).isEqualTo(Money.of("100"));
    }

    @Test
    void a_not_interested_bill_is_kept_but_earns_nothing() {
        LoyaltyAccount account = LoyaltyAccount.open(TIERED, UTC);

        account.recordPurchase(notInterested("B1", "50000", "2024-01-10"));

        AccountChanges changes = account.drainChanges();
        assertThat(changes.purchases()).hasSize(1);
        assertThat(changes.ledgerEntries()).isEmpty();
        assertThat(changes.slabChanges()).isEmpty();
        assertThat(account.standing().serial()).isEqualTo(1);
        assertThat(account.cumulativePurchases()).isEqualTo(Money.ZERO);
    }

    // ---- time: renewal, downgrade, expiry ----

    @Test
    void the_slab_renews_when_the_renewal_rule_held_in_the_period() {
        LoyaltyAccount account = LoyaltyAccount.open(TIERED, UTC);
        account.recordPurchase(regular("B1", "1000", "2024-01-15"));
        account.recordPurchase(regular("B2", "1500", "2024-06-01"));
        assertThat(account.standing()).isEqualTo(new TierStanding(2, d("2024-01-15"), d("2025-01-14")));
        account.drainChanges();

        account.catchUpTo(Instant.parse("2025-01-14T23:59:59Z"));
        assertThat(account.drainChanges().isEmpty()).as("the last day is still inside the period").isTrue();

        account.catchUpTo(Instant.parse("2025-01-15T00:00:00Z"));

        assertThat(account.drainChanges().slabChanges()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(SlabChangeType.RENEW);
            assertThat(c.toSerial()).isEqualTo(2);
            assertThat(c.changedOn()).isEqualTo(Instant.parse("2025-01-15T00:00:00Z"));
            assertThat(c.validUntil()).isEqualTo(d("2026-01-14"));
        });
        assertThat(account.standing()).isEqualTo(new TierStanding(2, d("2025-01-15"), d("2026-01-14")));
    }

    @Test
    void the_slab_drops_one_level_when_the_renewal_rule_did_not_hold() {
        LoyaltyAccount account = LoyaltyAccount.open(TIERED, UTC);
        account.recordPurchase(regular("B1", "1000", "2024-01-15"));
        account.recordPurchase(regular("B2", "999.99", "2025-01-14"));
        account.drainChanges();

        account.catchUpTo(at("2025-01-20"));

        assertThat(account.drainChanges().slabChanges()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(SlabChangeType.DOWNGRADE);
            assertThat(c.fromSerial()).isEqualTo(2);
            assertThat(c.toSerial()).isEqualTo(1);
            assertThat(c.validUntil()).isNull();
        });
        assertThat(account.standing().serial()).isEqualTo(1);
        assertThat(account.standing().isDueForRenewalOn(d("2099-01-01"))).isFalse();
    }

    @Test
    void renewal_counts_visits_within_the_period() {
        Program p = program(rate("1"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", any(lifetime("100")), 3, any(Criterion.of(CriterionMetric.VISITS, "3"))));
        LoyaltyAccount renewed = LoyaltyAccount.open(p, UTC);
        LoyaltyAccount dropped = LoyaltyAccount.open(p, UTC);
        for (LoyaltyAccount a : List.of(renewed, dropped)) {
            a.recordPurchase(regular("B1", "100", "2024-01-01")); // Silver until 2024-03-31, one visit
            a.recordPurchase(regular("B2", "1", "2024-02-01"));
        }
        renewed.recordPurchase(regular("B3", "1", "2024-03-31"));
        dropped.recordPurchase(notInterested("B3", "1", "2024-03-31"));

        renewed.catchUpTo(at("2024-04-01"));
        dropped.catchUpTo(at("2024-04-01"));

        assertThat(renewed.standing()).isEqualTo(new TierStanding(2, d("2024-04-01"), d("2024-06-30")));
        assertThat(dropped.standing().serial()).as("a not-interested bill is no visit").isEqualTo(1);
    }

    @Test
    void renewal_counts_points_earned_within_the_period_but_not_manual_credits() {
        Program p = program(rate("1"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", any(lifetime("100")), 3, any(Criterion.of(CriterionMetric.POINTS, "150"))));
        LoyaltyAccount renewed = LoyaltyAccount.open(p, UTC);
        LoyaltyAccount dropped = LoyaltyAccount.open(p, UTC);
        for (LoyaltyAccount a : List.of(renewed, dropped)) {
            a.recordPurchase(regular("B1", "100", "2024-01-01")); // Silver until 2024-03-31
        }
        renewed.award(p("50"), at("2024-03-31"), null, "S1", "promo");
        dropped.adjust(p("500"), at("2024-03-31"), "manual credits are not earned");

        renewed.catchUpTo(at("2024-04-01"));
        dropped.catchUpTo(at("2024-04-01"));

        assertThat(renewed.drainChanges().slabChanges()).extracting(SlabChange::type)
                .containsExactly(SlabChangeType.UPGRADE, SlabChangeType.RENEW);
        assertThat(dropped.drainChanges().slabChanges()).extracting(SlabChange::type)
                .containsExactly(SlabChangeType.UPGRADE, SlabChangeType.DOWNGRADE);
    }

    @Test
    void catching_up_over_several_missed_periods_repeats_the_check() {
        LoyaltyAccount account = LoyaltyAccount.open(TIERED, UTC);
        account.recordPurchase(regular("B1", "5000", "2024-01-15")); // Gold until 2024-07-14, 5,000 bought in it
        account.drainChanges();

        account.catchUpTo(at("2026-02-01"));

        List<SlabChange> changes = account.drainChanges().slabChanges();
        assertThat(changes).extracting(SlabChange::type)
                .containsExactly(SlabChangeType.RENEW, SlabChangeType.DOWNGRADE, SlabChangeType.DOWNGRADE);
        assertThat(changes).extracting(SlabChange::toSerial).containsExactly(3, 2, 1);
        assertThat(changes).extracting(SlabChange::changedOn).containsExactly(
                Instant.parse("2024-07-15T00:00:00Z"), Instant.parse("2025-01-15T00:00:00Z"),
                Instant.parse("2026-01-15T00:00:00Z"));
        assertThat(changes).extracting(SlabChange::validUntil)
                .containsExactly(d("2025-01-14"), d("2026-01-14"), null);
        assertThat(account.standing().serial()).isEqualTo(1);

        account.catchUpTo(at("2027-01-01"));
        assertThat(account.drainChanges().isEmpty()).isTrue();
    }

    @Test
    void catching_up_stops_at_a_slab_whose_period_has_not_ended() {
        LoyaltyAccount account = LoyaltyAccount.open(TIERED, UTC);
        account.recordPurchase(regular("B1", "5000", "2024-01-15"));
        account.drainChanges();

        account.catchUpTo(at("2025-06-01"));

        assertThat(account.drainChanges().slabChanges()).extracting(SlabChange::type)
                .containsExactly(SlabChangeType.RENEW, SlabChangeType.DOWNGRADE);
        assertThat(account.standing()).isEqualTo(new TierStanding(2, d("2025-01-15"), d("2026-01-14")));
    }

    @Test
    void catching_up_expires_overdue_lots() {
        Program p = program(rate("1"), ExpiryRule.days(30), entry("Bronze"));
        LoyaltyAccount account = LoyaltyAccount.open(p, UTC);
        account.recordPurchase(regular("B1", "100", "2024-01-01")); // usable through 2024-01-31
        account.recordPurchase(regular("B2", "40", "2024-01-20"));
        account.drainChanges();

        account.catchUpTo(at("2024-01-31"));
        assertThat(account.drainChanges().isEmpty()).isTrue();

        account.catchUpTo(at("2024-02-01"));

        assertThat(account.drainChanges().ledgerEntries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.EXPIRE);
            assertThat(e.points()).isEqualTo(p("100"));
            assertThat(e.expiresOn()).isEqualTo(d("2024-01-31"));
        });
        assertThat(account.ledger().balanceOn(d("2024-02-01")).available()).isEqualTo(p("40"));
        assertThat(account.ledger().expiredAsOf(d("2024-02-01")))
                .containsExactly(new DatedPoints(p.id(), p("100"), d("2024-01-31")));
    }

    @Test
    void a_redeem_after_expiry_finds_the_points_gone() {
        Program p = program(rate("1"), ExpiryRule.days(30), entry("Bronze"));
        LoyaltyAccount account = LoyaltyAccount.open(p, UTC);
        account.recordPurchase(regular("B1", "100", "2024-01-01"));

        account.redeem(p("10"), at("2024-01-31"), "S1");
        assertThatThrownBy(() -> account.redeem(p("10"), at("2024-02-01"), "S1"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("INSUFFICIENT_POINTS");
        assertThat(account.ledger().balanceOn(d("2024-02-01")).expired()).isEqualTo(p("90"));
    }

    @Test
    void awards_and_credits_expire_by_the_programs_rule() {
        Program p = program(rate("1"), ExpiryRule.days(30), entry("Bronze"));
        LoyaltyAccount account = LoyaltyAccount.open(p, UTC);

        account.award(p("100"), at("2024-01-10"), d("2024-01-20"), "S1", "delayed");
        account.adjust(p("30"), at("2024-01-10"), "goodwill");
        account.award(p("5"), at("2024-01-10"), null, "S1", "now");

        List<LedgerEntry> entries = account.ledger().entries();
        assertThat(entries).extracting(LedgerEntry::expiresOn)
                .as("a delayed lot's days count from the day it becomes available")
                .containsExactly(d("2024-02-19"), d("2024-02-09"), d("2024-02-09"));
        assertThat(entries.get(0).availableFrom()).isEqualTo(d("2024-01-20"));
        assertThat(account.ledger().balanceOn(d("2024-01-19")).delayed()).isEqualTo(p("100"));
        assertThat(account.ledger().balanceOn(d("2024-01-20")).available()).isEqualTo(p("135"));
    }

    // ---- changes ----

    @Test
    void drain_changes_returns_exactly_what_was_added_in_order() {
        Program p = program(rate("1"), ExpiryRule.days(30), entry("Bronze"),
                slab(2, "Silver", any(lifetime("100")), 12, null));
        LoyaltyAccount account = LoyaltyAccount.open(p, UTC);
        Purchase b1 = regular("B1", "100", "2024-01-01");
        Purchase r1 = returnOf("R1", "B1", "50", "2024-01-03");

        account.recordPurchase(b1);
        account.redeem(p("10"), at("2024-01-02"), "S1");
        account.recordPurchase(r1);
        account.adjust(p("-5"), at("2024-01-04"), "fix");
        account.award(p("20"), at("2024-01-05"), null, "S1", "promo");
        account.catchUpTo(at("2024-02-01"));

        AccountChanges changes = account.drainChanges();
        assertThat(changes.purchases()).containsExactly(b1, r1);
        assertThat(changes.ledgerEntries()).extracting(LedgerEntry::kind).containsExactly(EntryKind.EARN,
                EntryKind.REDEEM, EntryKind.RETURN, EntryKind.ADJUST_DEBIT, EntryKind.PROMOTION, EntryKind.EXPIRE);
        assertThat(changes.ledgerEntries()).isEqualTo(account.ledger().entries());
        assertThat(changes.slabChanges()).extracting(SlabChange::type).containsExactly(SlabChangeType.UPGRADE);
        assertThat(account.drainChanges().isEmpty()).isTrue();

        account.redeem(p("1"), at("2024-02-02"), "S1");
        assertThat(account.drainChanges().ledgerEntries()).extracting(LedgerEntry::kind)
                .containsExactly(EntryKind.REDEEM);
    }

    @Test
    void a_reconstituted_account_carries_on_as_the_live_one() {
        LoyaltyAccount live = LoyaltyAccount.open(TIERED, UTC);
        live.recordPurchase(regular("B1", "1000", "2024-01-15"));
        live.recordPurchase(regular("B2", "500", "2024-02-15"));
        live.redeem(p("200"), at("2024-03-01"), "S1");
        AccountChanges stored = live.drainChanges();

        LoyaltyAccount rebuilt = LoyaltyAccount.reconstitute(TIERED, UTC, stored.ledgerEntries(), stored.purchases(),
                stored.slabChanges());

        assertThat(rebuilt.drainChanges().isEmpty()).isTrue();
        assertThat(rebuilt.standing()).isEqualTo(live.standing());
        assertThat(rebuilt.cumulativePurchases()).isEqualTo(live.cumulativePurchases());
        for (LoyaltyAccount a : List.of(live, rebuilt)) {
            a.recordPurchase(returnOf("R1", "B2", "500", "2024-04-01"));
            a.catchUpTo(at("2025-01-15"));
        }
        assertThat(rebuilt.drainChanges()).isEqualTo(live.drainChanges());
        assertThat(rebuilt.ledger().balanceOn(d("2025-01-15"))).isEqualTo(live.ledger().balanceOn(d("2025-01-15")));
        assertThat(rebuilt.standing()).isEqualTo(live.standing());
        assertThat(live.standing().serial()).as("1,000 net purchases in the period is short of 2,000").isEqualTo(1);
    }
}
