package org.loyaltyhub.domain.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.domain.program.ProgramFixtures.all;
import static org.loyaltyhub.domain.program.ProgramFixtures.any;
import static org.loyaltyhub.domain.program.ProgramFixtures.entry;
import static org.loyaltyhub.domain.program.ProgramFixtures.lifetime;
import static org.loyaltyhub.domain.program.ProgramFixtures.program;
import static org.loyaltyhub.domain.program.ProgramFixtures.rate;
import static org.loyaltyhub.domain.program.ProgramFixtures.slab;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.program.Criterion;
import org.loyaltyhub.domain.program.CriterionMetric;
import org.loyaltyhub.domain.program.ExpiryRule;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramFixtures;

class TierLadderTest {
    private static final Program PROGRAM = ProgramFixtures.bronzeSilverGold();
    private final TierLadder ladder = new TierLadder(PROGRAM, ZoneOffset.UTC);
    private static final Instant AT = Instant.parse("2024-01-15T10:00:00Z");

    private static TierMetrics lifetimeOf(String value) {
        return c -> c.metric() == CriterionMetric.LIFETIME_POINTS ? new BigDecimal(value) : BigDecimal.ZERO;
    }

    private static TierMetrics purchasesOf(String value) {
        return c -> c.metric() == CriterionMetric.PURCHASE ? new BigDecimal(value) : BigDecimal.ZERO;
    }

    @Test
    void no_upgrade_below_the_threshold() {
        assertThat(ladder.upgrade(TierStanding.ENTRY, lifetimeOf("999.999"), AT, "S1")).isEmpty();
    }

    @Test
    void upgrade_at_the_threshold_is_held_for_the_validity_months() {
        SlabChange c = ladder.upgrade(TierStanding.ENTRY, lifetimeOf("1000"), AT, "S1").orElseThrow();
        assertThat(c.type()).isEqualTo(SlabChangeType.UPGRADE);
        assertThat(c.fromSerial()).isEqualTo(1);
        assertThat(c.toSerial()).isEqualTo(2);
        assertThat(c.changedOn()).isEqualTo(AT);
        assertThat(c.validUntil()).as("12 months from 2024-01-15, the last day included")
                .isEqualTo(LocalDate.of(2025, 1, 14));
        assertThat(c.storeCode()).isEqualTo("S1");
        assertThat(c.programId()).isEqualTo(PROGRAM.id());
    }

    @Test
    void upgrade_jumps_to_the_highest_slab_that_holds() {
        SlabChange c = ladder.upgrade(TierStanding.ENTRY, lifetimeOf("5000"), AT, "S1").orElseThrow();
        assertThat(c.fromSerial()).isEqualTo(1);
        assertThat(c.toSerial()).isEqualTo(3);
    }

    @Test
    void highest_slab_has_no_upgrade() {
        TierStanding gold = new TierStanding(3, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(ladder.upgrade(gold, lifetimeOf("1000000"), AT, "S1")).isEmpty();
    }

    @Test
    void upgrade_never_goes_to_the_current_or_a_lower_slab() {
        TierStanding silver = new TierStanding(2, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(ladder.upgrade(silver, lifetimeOf("4999"), AT, "S1")).isEmpty();
        assertThat(ladder.upgrade(silver, lifetimeOf("5000"), AT, "S1")).get()
                .extracting(SlabChange::toSerial).isEqualTo(3);
    }

    @Test
    void a_slab_without_validity_is_reached_for_good() {
        Program p = program(rate("1"), ExpiryRule.NEVER, entry("Bronze"), slab(2, "Silver", any(lifetime("10")), 0, null));
        SlabChange c = new TierLadder(p, ZoneOffset.UTC).upgrade(TierStanding.ENTRY, lifetimeOf("10"), AT, null)
                .orElseThrow();
        assertThat(c.validUntil()).isNull();
    }

    @Test
    void upgrade_day_is_the_orgs_day() {
        Instant lateEvening = Instant.parse("2024-01-14T20:00:00Z"); // 2024-01-15 01:30 in Kolkata
        SlabChange c = new TierLadder(PROGRAM, ZoneId.of("Asia/Kolkata"))
                .upgrade(TierStanding.ENTRY, lifetimeOf("1000"), lateEvening, null).orElseThrow();
        assertThat(c.validUntil()).isEqualTo(LocalDate.of(2025, 1, 14));
    }

    @Test
    void entry_slab_is_never_renewed_or_downgraded() {
        assertThat(ladder.renewOrDowngrade(TierStanding.ENTRY, purchasesOf("0"), LocalDate.of(2099, 1, 1))).isEmpty();
    }

    @Test
    void nothing_happens_before_the_period_ends() {
        TierStanding silver = new TierStanding(2, LocalDate.of(2024, 1, 15), LocalDate.of(2025, 1, 14));
        assertThat(ladder.renewOrDowngrade(silver, purchasesOf("0"), LocalDate.of(2025, 1, 14))).isEmpty();
    }

    @Test
    void renewal_when_the_rule_held_in_the_period() {
        TierStanding silver = new TierStanding(2, LocalDate.of(2024, 1, 15), LocalDate.of(2025, 1, 14));
        SlabChange c = ladder.renewOrDowngrade(silver, purchasesOf("10000"), LocalDate.of(2025, 3, 1)).orElseThrow();
        assertThat(c.type()).isEqualTo(SlabChangeType.RENEW);
        assertThat(c.fromSerial()).isEqualTo(2);
        assertThat(c.toSerial()).isEqualTo(2);
        assertThat(c.changedOn()).as("start of the day after the period").isEqualTo(Instant.parse("2025-01-15T00:00:00Z"));
        assertThat(c.validUntil()).isEqualTo(LocalDate.of(2026, 1, 14));
    }

    @Test
    void downgrade_one_slab_when_the_rule_did_not_hold() {
        TierStanding gold = new TierStanding(3, LocalDate.of(2024, 1, 15), LocalDate.of(2025, 1, 14));
        SlabChange c = ladder.renewOrDowngrade(gold, purchasesOf("9999.99"), LocalDate.of(2025, 1, 15)).orElseThrow();
        assertThat(c.type()).isEqualTo(SlabChangeType.DOWNGRADE);
        assertThat(c.fromSerial()).isEqualTo(3);
        assertThat(c.toSerial()).isEqualTo(2);
        assertThat(c.validUntil()).as("silver gets a fresh 12-month period").isEqualTo(LocalDate.of(2026, 1, 14));
    }

    @Test
    void downgrade_to_the_entry_slab_has_no_validity() {
        TierStanding silver = new TierStanding(2, LocalDate.of(2024, 1, 15), LocalDate.of(2025, 1, 14));
        SlabChange c = ladder.renewOrDowngrade(silver, purchasesOf("0"), LocalDate.of(2025, 1, 15)).orElseThrow();
        assertThat(c.toSerial()).isEqualTo(1);
        assertThat(c.validUntil()).isNull();
    }

    @Test
    void a_slab_without_renewal_rule_drops_at_the_end_of_its_period() {
        Program p = program(rate("1"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", any(lifetime("10")), 6, null));
        TierStanding silver = new TierStanding(2, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
        SlabChange c = new TierLadder(p, ZoneOffset.UTC)
                .renewOrDowngrade(silver, x -> BigDecimal.valueOf(1_000_000), LocalDate.of(2024, 7, 1)).orElseThrow();
        assertThat(c.type()).isEqualTo(SlabChangeType.DOWNGRADE);
    }

    @Test
    void renewal_with_all_needs_every_criterion() {
        Program p = program(rate("1"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", any(lifetime("10")), 6, all(Criterion.of(CriterionMetric.PURCHASE, "1000"),
                        Criterion.of(CriterionMetric.VISITS, "3"))));
        TierLadder l = new TierLadder(p, ZoneOffset.UTC);
        TierStanding silver = new TierStanding(2, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
        Map<CriterionMetric, String> onlyPurchase = Map.of(CriterionMetric.PURCHASE, "5000", CriterionMetric.VISITS, "2");
        Map<CriterionMetric, String> both = Map.of(CriterionMetric.PURCHASE, "1000", CriterionMetric.VISITS, "3");
        assertThat(l.renewOrDowngrade(silver, c -> new BigDecimal(onlyPurchase.get(c.metric())), LocalDate.of(2024, 7, 1)))
                .get().extracting(SlabChange::type).isEqualTo(SlabChangeType.DOWNGRADE);
        assertThat(l.renewOrDowngrade(silver, c -> new BigDecimal(both.get(c.metric())), LocalDate.of(2024, 7, 1)))
                .get().extracting(SlabChange::type).isEqualTo(SlabChangeType.RENEW);
    }
    // ---- validity periods at month ends ----

    private static Program withValidity(int months) {
        return program(rate("1"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", any(lifetime("10")), months, any(Criterion.of(CriterionMetric.PURCHASE, "1"))));
    }

    private static SlabChange upgradeOn(Program p, String day) {
        return new TierLadder(p, ZoneOffset.UTC).upgrade(TierStanding.ENTRY, lifetimeOf("10"),
                Instant.parse(day + "T10:00:00Z"), null).orElseThrow();
    }

    @Test
    void upgrade_on_a_leap_day_is_held_for_a_full_year() {
        assertThat(upgradeOn(withValidity(12), "2024-02-29").validUntil()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void upgrade_on_the_31st_for_one_month_is_held_to_the_end_of_the_next_month() {
        assertThat(upgradeOn(withValidity(1), "2024-03-31").validUntil()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(upgradeOn(withValidity(1), "2024-01-31").validUntil()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(upgradeOn(withValidity(1), "2024-03-01").validUntil()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(upgradeOn(withValidity(1), "2024-03-15").validUntil()).isEqualTo(LocalDate.of(2024, 4, 14));
    }

    @Test
    void quarterly_renewals_keep_ending_on_quarter_ends() {
        Program p = withValidity(3);
        TierLadder l = new TierLadder(p, ZoneOffset.UTC);
        SlabChange last = upgradeOn(p, "2024-10-01");
        List<LocalDate> ends = new ArrayList<>(List.of(last.validUntil()));
        for (int i = 0; i < 8; i++) {
            TierStanding standing = TierStanding.from(List.of(last), ZoneOffset.UTC);
            last = l.renewOrDowngrade(standing, c -> BigDecimal.ONE, last.validUntil().plusDays(1)).orElseThrow();
            assertThat(LocalDate.ofInstant(last.changedOn(), ZoneOffset.UTC)).isEqualTo(ends.get(ends.size() - 1).plusDays(1));
            ends.add(last.validUntil());
        }
        assertThat(ends).containsExactly(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 12, 31));
    }

    @Test
    void yearly_renewals_across_a_leap_year_end_the_day_before_the_anniversary() {
        Program p = withValidity(12);
        TierLadder l = new TierLadder(p, ZoneOffset.UTC);
        SlabChange last = upgradeOn(p, "2026-03-01");
        List<LocalDate> ends = new ArrayList<>(List.of(last.validUntil()));
        for (int i = 0; i < 3; i++) {
            last = l.renewOrDowngrade(TierStanding.from(List.of(last), ZoneOffset.UTC), c -> BigDecimal.ONE,
                    last.validUntil().plusDays(1)).orElseThrow();
            ends.add(last.validUntil());
        }
        assertThat(ends).containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29),
                LocalDate.of(2029, 2, 28), LocalDate.of(2030, 2, 28));
    }

    @Test
    void a_downgraded_slab_gets_a_fresh_period_starting_the_day_after() {
        Program p = program(rate("1"), ExpiryRule.NEVER, entry("Bronze"),
                slab(2, "Silver", any(lifetime("10")), 1, any(Criterion.of(CriterionMetric.PURCHASE, "1"))),
                slab(3, "Gold", any(lifetime("20")), 1, any(Criterion.of(CriterionMetric.PURCHASE, "1"))));
        TierStanding gold = new TierStanding(3, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        SlabChange c = new TierLadder(p, ZoneOffset.UTC)
                .renewOrDowngrade(gold, x -> BigDecimal.ZERO, LocalDate.of(2024, 4, 1)).orElseThrow();
        assertThat(c.toSerial()).isEqualTo(2);
        assertThat(c.validUntil()).as("silver from 2024-04-01 for a month").isEqualTo(LocalDate.of(2024, 4, 30));
    }
}
