package org.loyaltyhub.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.shared.DomainException;
import org.loyaltyhub.domain.shared.Points;

class PointsLedgerTest {
    private static final ProgramId PROGRAM = new ProgramId(7);
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private final PointsLedger ledger = PointsLedger.empty(PROGRAM, UTC);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Noon UTC of the day. */
    private static Instant at(String isoDate) {
        return d(isoDate).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    private static Points p(String v) {
        return Points.of(v);
    }

    private static BillRef bill(String number) {
        return new BillRef("S1", number);
    }

    private static DatedPoints dated(String points, String date) {
        return new DatedPoints(PROGRAM, p(points), d(date));
    }

    // ---- next change ----

    @Test
    void an_empty_ledger_and_lots_that_never_expire_never_change_by_themselves() {
        assertThat(ledger.nextChangeAfter(d("2024-01-10"))).isEmpty();

        ledger.earn(p("120"), at("2024-01-10"), null, bill("B1"), "S1");

        assertThat(ledger.nextChangeAfter(d("2024-01-10"))).isEmpty();
    }

    @Test
    void the_next_change_is_the_day_after_the_soonest_expiry_of_a_lot_with_points_left() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-03-31"), bill("B1"), "S1");
        ledger.earn(p("50"), at("2024-01-11"), d("2024-02-29"), bill("B2"), "S1");

        assertThat(ledger.nextChangeAfter(d("2024-01-11"))).contains(d("2024-03-01"));
        // through its expiry date the lot is spendable, so its own expiry day is not yet a change
        assertThat(ledger.balanceOn(d("2024-02-29"))).isEqualTo(ledger.balanceOn(d("2024-01-11")));
        assertThat(ledger.balanceOn(d("2024-03-01"))).isNotEqualTo(ledger.balanceOn(d("2024-01-11")));

        ledger.redeem(p("50"), at("2024-01-12"), "S1"); // spends B2's lot, which expires first

        assertThat(ledger.nextChangeAfter(d("2024-01-12"))).contains(d("2024-04-01"));
    }

    @Test
    void lots_already_expired_on_the_day_are_not_a_change_any_more() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-01-31"), bill("B1"), "S1");
        ledger.earn(p("50"), at("2024-01-11"), d("2024-05-31"), bill("B2"), "S1");

        assertThat(ledger.nextChangeAfter(d("2024-02-10"))).contains(d("2024-06-01"));
    }

    @Test
    void a_delayed_lot_changes_the_balance_on_the_day_it_becomes_spendable() {
        ledger.award(p("40"), at("2024-01-10"), d("2024-06-30"), d("2024-01-20"), "S1", "welcome");

        assertThat(ledger.nextChangeAfter(d("2024-01-10"))).contains(d("2024-01-20"));
        assertThat(ledger.balanceOn(d("2024-01-19")).delayed()).isEqualTo(p("40"));
        assertThat(ledger.balanceOn(d("2024-01-20")).delayed()).isEqualTo(Points.ZERO);
        // once spendable, its expiry is the next change
        assertThat(ledger.nextChangeAfter(d("2024-01-20"))).contains(d("2024-07-01"));
    }

    // ---- earn ----

    @Test
    void earn_creates_a_lot_that_is_spendable_and_scheduled_to_expire() {
        LedgerEntry e = ledger.earn(p("120"), at("2024-01-10"), d("2024-03-31"), bill("B1"), "S1");

        assertThat(e.kind()).isEqualTo(EntryKind.EARN);
        assertThat(e.points()).isEqualTo(p("120"));
        assertThat(e.expiresOn()).isEqualTo(d("2024-03-31"));
        assertThat(e.bill()).isEqualTo(bill("B1"));
        assertThat(e.storeCode()).isEqualTo("S1");
        assertThat(e.programId()).isEqualTo(PROGRAM);
        assertThat(ledger.entries()).containsExactly(e);
        assertThat(ledger.spendableOn(d("2024-01-10"))).isEqualTo(p("120"));
        PointsBalance b = ledger.balanceOn(d("2024-01-10"));
        assertThat(b.available()).isEqualTo(p("120"));
        assertThat(b.lifetime()).isEqualTo(p("120"));
        assertThat(b.redeemed()).isEqualTo(Points.ZERO);
        assertThat(b.expired()).isEqualTo(Points.ZERO);
        assertThat(ledger.expiryScheduleFrom(d("2024-01-10"))).containsExactly(dated("120", "2024-03-31"));
        assertThat(ledger.earnedFor(bill("B1"))).isEqualTo(p("120"));
    }

    @Test
    void an_empty_ledger_has_empty_figures() {
        assertThat(ledger.balanceOn(d("2024-01-01"))).isEqualTo(PointsBalance.EMPTY);
        assertThat(ledger.expiryScheduleFrom(d("2024-01-01"))).isEmpty();
        assertThat(ledger.expiredAsOf(d("2024-01-01"))).isEmpty();
        assertThat(ledger.earnedFor(bill("B1"))).isEqualTo(Points.ZERO);
    }

    @Test
    void entries_is_a_copy() {
        ledger.earn(p("1"), at("2024-01-10"), null, bill("B1"), "S1");
        assertThatThrownBy(() -> ledger.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- redeem order ----

    @Test
    void redeem_takes_the_soonest_expiring_lot_first_even_when_it_was_earned_later() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-06-30"), bill("B1"), "S1");
        ledger.adjust(p("50"), at("2024-01-20"), d("2024-03-31"), "goodwill");

        ledger.redeem(p("70"), at("2024-02-01"), "S1");

        // oldest-first would leave 30 (06-30) + 50 (03-31); soonest-expiring leaves 80 (06-30) only
        assertThat(ledger.expiryScheduleFrom(d("2024-02-01"))).containsExactly(dated("80", "2024-06-30"));
        assertThat(ledger.spendableOn(d("2024-02-01"))).isEqualTo(p("80"));
    }

    @Test
    void redeem_spends_never_expiring_lots_last() {
        ledger.earn(p("100"), at("2024-01-10"), null, bill("B1"), "S1");
        ledger.earn(p("40"), at("2024-01-20"), d("2024-12-31"), bill("B2"), "S1");

        ledger.redeem(p("30"), at("2024-02-01"), "S1");

        assertThat(ledger.expiryScheduleFrom(d("2024-02-01"))).as("never-expiring lots are not scheduled")
                .containsExactly(dated("10", "2024-12-31"));
        assertThat(ledger.balanceOn(d("2024-02-01")).available()).isEqualTo(p("110"));

        ledger.redeem(p("50"), at("2024-02-02"), "S1");
        assertThat(ledger.expiryScheduleFrom(d("2024-02-02"))).isEmpty();
        assertThat(ledger.balanceOn(d("2024-02-02")).available()).isEqualTo(p("60"));
    }

    @Test
    void redeem_takes_the_oldest_of_lots_with_equal_expiry_first() throws Exception {
        // Lots of one expiry date are interchangeable in every public figure, so the order is read off the lots.
        ledger.earn(p("50"), at("2024-01-10"), d("2024-06-30"), bill("B1"), "S1");
        ledger.earn(p("50"), at("2024-01-20"), d("2024-06-30"), bill("B2"), "S1");
        ledger.earn(p("50"), at("2024-01-30"), d("2024-06-30"), bill("B3"), "S1");

        ledger.redeem(p("70"), at("2024-02-01"), "S1");

        assertThat(remainingByLot(ledger)).containsExactly(p("0"), p("30"), p("50"));
        assertThat(remainingByLot(PointsLedger.replay(PROGRAM, UTC, ledger.entries())))
                .containsExactly(p("0"), p("30"), p("50"));
    }

    @Test
    void redeem_takes_the_oldest_of_never_expiring_lots_first() throws Exception {
        ledger.earn(p("50"), at("2024-01-10"), null, bill("B1"), "S1");
        ledger.earn(p("50"), at("2024-01-20"), null, bill("B2"), "S1");
        ledger.earn(p("50"), at("2024-01-25"), d("2024-12-31"), bill("B3"), "S1");

        ledger.redeem(p("120"), at("2024-02-01"), "S1");

        assertThat(remainingByLot(ledger)).containsExactly(p("0"), p("30"), p("0"));
    }

    @SuppressWarnings("unchecked")
    private static List<Points> remainingByLot(PointsLedger ledger) throws Exception {
        Field lots = PointsLedger.class.getDeclaredField("lots");
        lots.setAccessible(true);
        return ((List<Lot>) lots.get(ledger)).stream().map(l -> l.remaining).toList();
    }

    // ---- redeem refusals ----

    @Test
    void redeem_beyond_the_available_balance_is_refused_and_changes_nothing() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-06-30"), bill("B1"), "S1");
        ledger.redeem(p("30"), at("2024-01-11"), "S1");
        List<LedgerEntry> before = ledger.entries();
        PointsBalance balanceBefore = ledger.balanceOn(d("2024-01-12"));

        assertThatThrownBy(() -> ledger.redeem(p("70.001"), at("2024-01-12"), "S1"))
                .isInstanceOf(DomainException.class)
                .satisfies(ex -> assertThat(((DomainException) ex).code()).isEqualTo("INSUFFICIENT_POINTS"));

        assertThat(ledger.entries()).isEqualTo(before);
        assertThat(ledger.balanceOn(d("2024-01-12"))).isEqualTo(balanceBefore);
        assertThat(ledger.expiryScheduleFrom(d("2024-01-12"))).containsExactly(dated("70", "2024-06-30"));

        ledger.redeem(p("70"), at("2024-01-12"), "S1");
        assertThat(ledger.balanceOn(d("2024-01-12")).available()).isEqualTo(Points.ZERO);
    }

    @Test
    void redeem_of_zero_or_negative_points_is_refused() {
        ledger.earn(p("100"), at("2024-01-10"), null, bill("B1"), "S1");
        assertThatThrownBy(() -> ledger.redeem(Points.ZERO, at("2024-01-12"), "S1"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("INVALID_POINTS");
        assertThatThrownBy(() -> ledger.redeem(p("-5"), at("2024-01-12"), "S1"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("INVALID_POINTS");
        assertThat(ledger.entries()).hasSize(1);
    }

    // ---- expiry ----

    @Test
    void a_lot_is_spendable_through_its_expiry_date_and_expired_the_day_after() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-03-31"), bill("B1"), "S1");

        PointsBalance lastDay = ledger.balanceOn(d("2024-03-31"));
        assertThat(lastDay.available()).isEqualTo(p("100"));
        assertThat(lastDay.expired()).isEqualTo(Points.ZERO);

        PointsBalance dayAfter = ledger.balanceOn(d("2024-04-01"));
        assertThat(ledger.entries()).extracting(LedgerEntry::kind).containsExactly(EntryKind.EARN);
        assertThat(dayAfter.available()).isEqualTo(Points.ZERO);
        assertThat(dayAfter.expired()).as("pending expiry shows before an EXPIRE entry is written")
                .isEqualTo(p("100"));
        assertThat(ledger.expiredAsOf(d("2024-04-01"))).containsExactly(dated("100", "2024-03-31"));
        assertThat(ledger.expiryScheduleFrom(d("2024-04-01"))).isEmpty();
        assertThat(ledger.expiryScheduleFrom(d("2024-03-31"))).containsExactly(dated("100", "2024-03-31"));
    }

    @Test
    void redeem_on_the_last_day_succeeds_and_on_the_day_after_is_refused() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-03-31"), bill("B1"), "S1");

        ledger.redeem(p("10"), Instant.parse("2024-03-31T23:59:59Z"), "S1");
        assertThatThrownBy(() -> ledger.redeem(p("10"), Instant.parse("2024-04-01T00:00:00Z"), "S1"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("INSUFFICIENT_POINTS");
        assertThat(ledger.balanceOn(d("2024-04-01")).expired()).isEqualTo(p("90"));
    }

    @Test
    void expire_before_writes_one_entry_per_expiry_date_for_what_was_left() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-03-31"), bill("B1"), "S1");
        ledger.earn(p("50"), at("2024-01-20"), d("2024-03-31"), bill("B2"), "S1");
        ledger.earn(p("20"), at("2024-02-10"), d("2024-04-30"), bill("B3"), "S1");
        ledger.earn(p("5"), at("2024-02-11"), d("2024-05-31"), bill("B4"), "S1");
        ledger.earn(p("7"), at("2024-02-12"), null, bill("B5"), "S1");
        ledger.redeem(p("30"), at("2024-02-15"), "S1");

        List<LedgerEntry> written = ledger.expireBefore(d("2024-05-01"));

        assertThat(written).extracting(LedgerEntry::kind).containsOnly(EntryKind.EXPIRE);
        assertThat(written).extracting(LedgerEntry::expiresOn).containsExactly(d("2024-03-31"), d("2024-04-30"));
        assertThat(written).extracting(LedgerEntry::points).containsExactly(p("120"), p("20"));
        assertThat(written).extracting(LedgerEntry::occurredAt).as("dated when the points lapsed")
                .containsExactly(Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(ledger.entries()).endsWith(written.toArray(LedgerEntry[]::new));

        PointsBalance b = ledger.balanceOn(d("2024-05-01"));
        assertThat(b.expired()).isEqualTo(p("140"));
        assertThat(b.available()).isEqualTo(p("12"));
        assertThat(ledger.expiredAsOf(d("2024-05-01"))).as("newest first")
                .containsExactly(dated("20", "2024-04-30"), dated("120", "2024-03-31"));
        assertThat(ledger.expiryScheduleFrom(d("2024-05-01"))).containsExactly(dated("5", "2024-05-31"));
    }

    @Test
    void expire_before_is_idempotent() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-03-31"), bill("B1"), "S1");
        assertThat(ledger.expireBefore(d("2024-04-01"))).hasSize(1);
        PointsBalance after = ledger.balanceOn(d("2024-04-01"));

        assertThat(ledger.expireBefore(d("2024-04-01"))).isEmpty();
        assertThat(ledger.expireBefore(d("2024-06-01"))).isEmpty();
        assertThat(ledger.entries()).hasSize(2);
        assertThat(ledger.balanceOn(d("2024-04-01"))).isEqualTo(after);
        assertThat(after.expired()).as("recorded expiry is not counted twice").isEqualTo(p("100"));
    }

    @Test
    void expire_before_leaves_lots_on_their_last_day_alone() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-03-31"), bill("B1"), "S1");
        assertThat(ledger.expireBefore(d("2024-03-31"))).isEmpty();
        assertThat(ledger.spendableOn(d("2024-03-31"))).isEqualTo(p("100"));
    }

    @Test
    void a_fully_spent_lot_does_not_expire() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-03-31"), bill("B1"), "S1");
        ledger.redeem(p("100"), at("2024-01-11"), "S1");
        assertThat(ledger.expireBefore(d("2024-06-01"))).isEmpty();
        assertThat(ledger.expiredAsOf(d("2024-06-01"))).isEmpty();
    }

    // ---- replay ----

    @Test
    void replay_of_the_entries_gives_the_same_figures() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-03-31"), bill("B1"), "S1");
        ledger.award(p("40"), at("2024-01-12"), d("2024-05-31"), d("2024-02-01"), "S1", "welcome");
        ledger.earn(p("60.5"), at("2024-01-15"), null, bill("B2"), "S2");
        ledger.redeem(p("30"), at("2024-01-20"), "S1");
        ledger.takeBackFor(bill("B2"), p("20.25"), at("2024-01-25"), "S2");
        ledger.adjust(p("15"), at("2024-02-05"), d("2024-04-30"), "goodwill");
        ledger.adjust(p("-10"), at("2024-02-06"), null, "correction");
        ledger.expireBefore(d("2024-04-10"));
        ledger.redeem(p("5"), at("2024-04-10"), "S1");

        PointsLedger replayed = PointsLedger.replay(PROGRAM, UTC, ledger.entries());

        assertThat(replayed.entries()).isEqualTo(ledger.entries());
        for (String day : List.of("2024-01-10", "2024-01-31", "2024-02-01", "2024-03-31", "2024-04-01", "2024-04-10",
                "2024-05-01", "2024-06-01")) {
            assertThat(replayed.balanceOn(d(day))).as(day).isEqualTo(ledger.balanceOn(d(day)));
            assertThat(replayed.expiryScheduleFrom(d(day))).as(day).isEqualTo(ledger.expiryScheduleFrom(d(day)));
            assertThat(replayed.expiredAsOf(d(day))).as(day).isEqualTo(ledger.expiredAsOf(d(day)));
            assertThat(replayed.spendableOn(d(day))).as(day).isEqualTo(ledger.spendableOn(d(day)));
        }
        assertThat(replayed.earnedFor(bill("B2"))).isEqualTo(p("40.25"));
    }

    @Test
    void replay_refuses_an_entry_of_another_program() {
        LedgerEntry foreign = new LedgerEntry(new ProgramId(8), EntryKind.ADJUST_CREDIT, p("1"), at("2024-01-01"),
                null, null, null, null, "x");
        assertThatThrownBy(() -> PointsLedger.replay(PROGRAM, UTC, List.of(foreign)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replay_of_inconsistent_entries_fails_loudly() {
        LedgerEntry redeem = new LedgerEntry(PROGRAM, EntryKind.REDEEM, p("1"), at("2024-01-01"), null, null, null,
                null, null);
        assertThatThrownBy(() -> PointsLedger.replay(PROGRAM, UTC, List.of(redeem)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("short by 1");
    }

    // ---- take back for a returned bill ----

    @Test
    void take_back_takes_from_the_bills_own_lot_first() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-12-31"), bill("B1"), "S1");
        ledger.earn(p("100"), at("2024-01-11"), d("2024-06-30"), bill("B2"), "S1");

        LedgerEntry e = ledger.takeBackFor(bill("B1"), p("40"), at("2024-01-12"), "S1").orElseThrow();

        assertThat(e.kind()).isEqualTo(EntryKind.RETURN);
        assertThat(e.points()).isEqualTo(p("40"));
        assertThat(e.bill()).isEqualTo(bill("B1"));
        assertThat(ledger.expiryScheduleFrom(d("2024-01-12")))
                .as("B2's lot expires sooner but B1's own lot is taken")
                .containsExactly(dated("100", "2024-06-30"), dated("60", "2024-12-31"));
        assertThat(ledger.earnedFor(bill("B1"))).isEqualTo(p("60"));
        assertThat(ledger.earnedFor(bill("B2"))).isEqualTo(p("100"));
    }

    @Test
    void take_back_beyond_the_bills_lot_continues_soonest_expiring_first() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-12-31"), bill("B1"), "S1");
        ledger.earn(p("100"), at("2024-01-11"), d("2024-06-30"), bill("B2"), "S1");
        ledger.earn(p("100"), at("2024-01-11"), d("2024-09-30"), bill("B3"), "S1");
        ledger.redeem(p("250"), at("2024-01-12"), "S1"); // B2 100, B3 100, B1 50 -> B1 has 50 left

        ledger.takeBackFor(bill("B3"), p("30"), at("2024-01-13"), "S1");

        assertThat(ledger.expiryScheduleFrom(d("2024-01-13"))).containsExactly(dated("20", "2024-12-31"));
    }

    @Test
    void take_back_never_goes_beyond_the_spendable_balance() {
        ledger.earn(p("100"), at("2024-01-10"), null, bill("B1"), "S1");
        ledger.redeem(p("80"), at("2024-01-11"), "S1");

        LedgerEntry e = ledger.takeBackFor(bill("B1"), p("100"), at("2024-01-12"), "S1").orElseThrow();

        assertThat(e.points()).as("only what was still there").isEqualTo(p("20"));
        assertThat(ledger.balanceOn(d("2024-01-12")).available()).isEqualTo(Points.ZERO);
        assertThat(ledger.balanceOn(d("2024-01-12")).returned()).isEqualTo(p("20"));
        assertThat(ledger.takeBackFor(bill("B1"), p("10"), at("2024-01-13"), "S1"))
                .as("nothing left to take").isEmpty();
        assertThat(ledger.takeBackFor(bill("B1"), Points.ZERO, at("2024-01-13"), "S1")).isEmpty();
        assertThat(ledger.entries()).hasSize(3);
    }

    @Test
    void take_back_does_not_touch_delayed_or_expired_lots() {
        ledger.earn(p("100"), at("2024-01-10"), d("2024-01-31"), bill("B1"), "S1");
        ledger.award(p("50"), at("2024-02-01"), null, d("2024-03-01"), "S1", "delayed");

        assertThat(ledger.takeBackFor(bill("B1"), p("100"), at("2024-02-02"), "S1")).isEmpty();
        assertThat(ledger.balanceOn(d("2024-02-02")).delayed()).isEqualTo(p("50"));
        assertThat(ledger.balanceOn(d("2024-02-02")).expired()).isEqualTo(p("100"));
    }

    // ---- adjust ----

    @Test
    void adjust_credit_creates_a_lot_and_debit_takes_points() {
        LedgerEntry credit = ledger.adjust(p("50"), at("2024-01-10"), d("2024-03-31"), "goodwill");
        ledger.earn(p("100"), at("2024-01-11"), d("2024-12-31"), bill("B1"), "S1");
        LedgerEntry debit = ledger.adjust(p("-70"), at("2024-01-12"), d("2099-01-01"), "correction");

        assertThat(credit.kind()).isEqualTo(EntryKind.ADJUST_CREDIT);
        assertThat(credit.reason()).isEqualTo("goodwill");
        assertThat(debit.kind()).isEqualTo(EntryKind.ADJUST_DEBIT);
        assertThat(debit.points()).isEqualTo(p("70"));
        assertThat(debit.expiresOn()).as("a debit carries no expiry").isNull();
        PointsBalance b = ledger.balanceOn(d("2024-01-12"));
        assertThat(b.adjusted()).isEqualTo(p("-20"));
        assertThat(b.available()).isEqualTo(p("80"));
        assertThat(b.lifetime()).as("manual credits are not earned points").isEqualTo(p("100"));
        assertThat(ledger.expiryScheduleFrom(d("2024-01-12"))).as("debit took the soonest-expiring credit first")
                .containsExactly(dated("80", "2024-12-31"));
    }

    @Test
    void adjust_debit_beyond_available_and_zero_adjust_are_refused() {
        ledger.adjust(p("50"), at("2024-01-10"), null, "goodwill");
        assertThatThrownBy(() -> ledger.adjust(p("-50.001"), at("2024-01-11"), null, "x"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("INSUFFICIENT_POINTS");
        assertThatThrownBy(() -> ledger.adjust(Points.ZERO, at("2024-01-11"), null, "x"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("INVALID_POINTS");
        assertThat(ledger.entries()).hasSize(1);
    }

    // ---- delayed accrual ----

    @Test
    void a_delayed_promotion_counts_as_delayed_until_its_day() {
        LedgerEntry e = ledger.award(p("100"), at("2024-01-10"), d("2024-04-30"), d("2024-01-20"), "S1", "double");

        assertThat(e.kind()).isEqualTo(EntryKind.PROMOTION);
        assertThat(e.availableFrom()).isEqualTo(d("2024-01-20"));
        PointsBalance before = ledger.balanceOn(d("2024-01-19"));
        assertThat(before.delayed()).isEqualTo(p("100"));
        assertThat(before.available()).isEqualTo(Points.ZERO);
        assertThat(ledger.spendableOn(d("2024-01-19"))).isEqualTo(Points.ZERO);
        PointsBalance on = ledger.balanceOn(d("2024-01-20"));
        assertThat(on.delayed()).isEqualTo(Points.ZERO);
        assertThat(on.available()).isEqualTo(p("100"));
    }

    @Test
    void delayed_points_cannot_be_redeemed_before_their_day() {
        ledger.award(p("100"), at("2024-01-10"), null, d("2024-01-20"), "S1", "double");
        assertThatThrownBy(() -> ledger.redeem(p("1"), at("2024-01-19"), "S1"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("INSUFFICIENT_POINTS");
        ledger.redeem(p("100"), at("2024-01-20"), "S1");
        assertThat(ledger.balanceOn(d("2024-01-20")).available()).isEqualTo(Points.ZERO);
    }

    // ---- derived figures ----

    @Test
    void lifetime_is_earned_minus_returned() {
        ledger.earn(p("100"), at("2024-01-10"), null, bill("B1"), "S1");
        ledger.award(p("50"), at("2024-01-11"), null, null, "S1", "promo");
        ledger.adjust(p("30"), at("2024-01-12"), null, "goodwill");
        ledger.redeem(p("20"), at("2024-01-13"), "S1");
        ledger.takeBackFor(bill("B1"), p("40"), at("2024-01-14"), "S1");

        PointsBalance b = ledger.balanceOn(d("2024-01-14"));
        assertThat(b.lifetime()).isEqualTo(p("110"));
        assertThat(b.redeemed()).isEqualTo(p("20"));
        assertThat(b.returned()).isEqualTo(p("40"));
        assertThat(b.adjusted()).isEqualTo(p("30"));
        assertThat(b.available()).isEqualTo(p("120"));
        assertThat(b.delayed()).isEqualTo(Points.ZERO);
        assertThat(b.expired()).isEqualTo(Points.ZERO);
    }

    @Test
    void available_plus_delayed_plus_pending_expiry_equals_credits_minus_debits_at_every_step() {
        List<Runnable> steps = List.of(
                () -> ledger.earn(p("100"), at("2024-01-10"), d("2024-02-29"), bill("B1"), "S1"),
                () -> ledger.award(p("40"), at("2024-01-12"), d("2024-05-31"), d("2024-02-01"), "S1", "welcome"),
                () -> ledger.earn(p("60.5"), at("2024-01-15"), null, bill("B2"), "S2"),
                () -> ledger.redeem(p("30.125"), at("2024-01-20"), "S1"),
                () -> ledger.takeBackFor(bill("B2"), p("20.25"), at("2024-01-25"), "S2"),
                () -> ledger.adjust(p("15"), at("2024-02-05"), d("2024-04-30"), "goodwill"),
                () -> ledger.adjust(p("-10"), at("2024-02-06"), null, "correction"),
                () -> ledger.expireBefore(d("2024-03-10")),
                () -> ledger.redeem(p("5"), at("2024-04-10"), "S1"));
        List<LocalDate> days = List.of(d("2024-01-10"), d("2024-01-31"), d("2024-02-29"), d("2024-03-01"),
                d("2024-05-01"), d("2024-07-01"));
        for (Runnable step : steps) {
            step.run();
            for (LocalDate day : days) {
                assertIdentity(ledger, day);
            }
        }
    }

    static void assertIdentity(PointsLedger ledger, LocalDate day) {
        Points credits = Points.ZERO;
        Points debits = Points.ZERO;
        Points recordedExpiry = Points.ZERO;
        for (LedgerEntry e : ledger.entries()) {
            if (e.kind().isCredit()) {
                credits = credits.plus(e.points());
            } else {
                debits = debits.plus(e.points());
            }
            if (e.kind() == EntryKind.EXPIRE) {
                recordedExpiry = recordedExpiry.plus(e.points());
            }
        }
        PointsBalance b = ledger.balanceOn(day);
        Points pendingExpiry = b.expired().minus(recordedExpiry);
        assertThat(pendingExpiry.isNegative()).as("pending expiry on %s", day).isFalse();
        assertThat(b.available().plus(b.delayed()).plus(pendingExpiry)).as("identity on %s", day)
                .isEqualTo(credits.minus(debits));
        assertThat(b.available()).as("available never negative").isGreaterThanOrEqualTo(Points.ZERO);
    }

    // ---- time zone ----

    @Test
    void days_are_counted_in_the_orgs_time_zone() {
        Instant lateEvening = Instant.parse("2024-03-31T23:30:00Z"); // 2024-04-01 05:00 in Kolkata
        PointsLedger kolkata = PointsLedger.empty(PROGRAM, KOLKATA);
        PointsLedger utc = PointsLedger.empty(PROGRAM, UTC);
        for (PointsLedger l : List.of(kolkata, utc)) {
            l.earn(p("100"), at("2024-01-10"), d("2024-03-31"), bill("B1"), "S1");
        }

        utc.redeem(p("10"), lateEvening, "S1");
        assertThatThrownBy(() -> kolkata.redeem(p("10"), lateEvening, "S1"))
                .as("already the day after expiry in Kolkata")
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("INSUFFICIENT_POINTS");
    }

    @Test
    void a_delayed_lot_becomes_spendable_at_local_midnight() {
        Instant lateEvening = Instant.parse("2024-01-19T23:30:00Z"); // 2024-01-20 05:00 in Kolkata
        PointsLedger kolkata = PointsLedger.empty(PROGRAM, KOLKATA);
        PointsLedger utc = PointsLedger.empty(PROGRAM, UTC);
        for (PointsLedger l : List.of(kolkata, utc)) {
            l.award(p("100"), at("2024-01-10"), null, d("2024-01-20"), "S1", "delayed");
        }
        kolkata.redeem(p("100"), lateEvening, "S1");
        assertThatThrownBy(() -> utc.redeem(p("100"), lateEvening, "S1")).isInstanceOf(DomainException.class);
    }

    @Test
    void expiry_entries_are_dated_at_local_midnight_after_the_expiry_date() {
        PointsLedger kolkata = PointsLedger.empty(PROGRAM, KOLKATA);
        kolkata.earn(p("100"), at("2024-01-10"), d("2024-03-31"), bill("B1"), "S1");

        List<LedgerEntry> written = kolkata.expireBefore(d("2024-04-01"));

        assertThat(written).singleElement().extracting(LedgerEntry::occurredAt)
                .isEqualTo(Instant.parse("2024-03-31T18:30:00Z"));
    }
}
