package org.loyaltyhub.domain.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loyaltyhub.domain.program.ProgramFixtures.all;
import static org.loyaltyhub.domain.program.ProgramFixtures.any;
import static org.loyaltyhub.domain.program.ProgramFixtures.entry;
import static org.loyaltyhub.domain.program.ProgramFixtures.lifetime;
import static org.loyaltyhub.domain.program.ProgramFixtures.program;
import static org.loyaltyhub.domain.program.ProgramFixtures.purchases;
import static org.loyaltyhub.domain.program.ProgramFixtures.rate;
import static org.loyaltyhub.domain.program.ProgramFixtures.rates;
import static org.loyaltyhub.domain.program.ProgramFixtures.slab;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;

class ProgramInvariantsTest {

    // ---- Criterion ----

    @Test
    void criterion_is_met_at_the_threshold_and_above() {
        Criterion c = lifetime("1000");
        assertThat(c.isMetBy(new BigDecimal("999.999"))).isFalse();
        assertThat(c.isMetBy(new BigDecimal("1000"))).isTrue();
        assertThat(c.isMetBy(new BigDecimal("1000.000"))).isTrue();
        assertThat(c.isMetBy(new BigDecimal("5000"))).isTrue();
    }

    @Test
    void criterion_gap_is_threshold_minus_value_never_below_zero() {
        Criterion c = purchases("10000");
        assertThat(c.gap(new BigDecimal("2500.50"))).isEqualByComparingTo("7499.50");
        assertThat(c.gap(new BigDecimal("12000"))).isEqualByComparingTo("0");
    }

    @Test
    void criterion_threshold_must_be_zero_or_more() {
        assertThatThrownBy(() -> lifetime("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Criterion(CriterionMetric.LIFETIME_POINTS, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Criterion(null, BigDecimal.ONE, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void tracker_criterion_needs_a_window_and_other_metrics_drop_it() {
        assertThatThrownBy(() -> new Criterion(CriterionMetric.TRACKER_VALUE_BASED, BigDecimal.TEN, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Criterion(CriterionMetric.TRACKER_VALUE_BASED, BigDecimal.TEN, 90).windowDays()).isEqualTo(90);
        assertThat(new Criterion(CriterionMetric.LIFETIME_POINTS, BigDecimal.TEN, 90).windowDays()).isZero();
    }

    @Test
    void metric_kinds_split_into_upgrade_and_renewal_metrics() {
        assertThat(List.of(CriterionMetric.values()).stream().filter(CriterionMetric::isUpgradeMetric))
                .containsExactlyInAnyOrder(CriterionMetric.CURRENT_POINTS, CriterionMetric.LIFETIME_POINTS,
                        CriterionMetric.CUMULATIVE_PURCHASES, CriterionMetric.TRACKER_VALUE_BASED);
        assertThat(List.of(CriterionMetric.values()).stream().filter(m -> !m.isUpgradeMetric()))
                .containsExactlyInAnyOrder(CriterionMetric.PURCHASE, CriterionMetric.VISITS, CriterionMetric.POINTS,
                        CriterionMetric.TRACKER);
    }

    // ---- TierRule ----

    @Test
    void any_holds_when_one_criterion_holds() {
        TierRule rule = any(lifetime("1000"), purchases("10000"));
        assertThat(rule.holds(c -> c.metric() == CriterionMetric.LIFETIME_POINTS ? new BigDecimal("1000")
                : BigDecimal.ZERO)).isTrue();
        assertThat(rule.holds(c -> BigDecimal.ZERO)).isFalse();
    }

    @Test
    void all_holds_only_when_every_criterion_holds() {
        TierRule rule = all(lifetime("1000"), purchases("10000"));
        assertThat(rule.holds(c -> c.metric() == CriterionMetric.LIFETIME_POINTS ? new BigDecimal("1000")
                : BigDecimal.ZERO)).isFalse();
        assertThat(rule.holds(c -> new BigDecimal("10000"))).isTrue();
    }

    @Test
    void an_empty_rule_never_holds_and_defaults_to_any() {
        assertThat(TierRule.NONE.holds(c -> BigDecimal.valueOf(Long.MAX_VALUE))).isFalse();
        assertThat(new TierRule(null, null)).isEqualTo(TierRule.NONE);
        assertThat(new TierRule(null, null).isEmpty()).isTrue();
    }

    // ---- Slab ----

    @Test
    void entry_slab_needs_no_upgrade_rule_and_never_expires() {
        Slab bronze = new Slab(1, "Bronze", null, null, 12, null);
        assertThat(bronze.isEntry()).isTrue();
        assertThat(bronze.validityMonths()).as("entry slab validity is forced to 0").isZero();
        assertThat(bronze.expires()).isFalse();
        assertThat(bronze.upgradeRule()).isEqualTo(TierRule.NONE);
        assertThat(bronze.description()).as("description defaults to name").isEqualTo("Bronze");
    }

    @Test
    void a_slab_above_the_entry_slab_needs_upgrade_criteria() {
        assertThatThrownBy(() -> new Slab(2, "Silver", null, null, 12, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upgrade criteria");
        assertThatThrownBy(() -> new Slab(2, "Silver", null, TierRule.NONE, 12, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void upgrade_rule_takes_only_upgrade_metrics_and_renewal_rule_only_renewal_metrics() {
        TierRule renewal = any(Criterion.of(CriterionMetric.VISITS, "4"));
        assertThatThrownBy(() -> new Slab(2, "Silver", null, renewal, 12, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("renewal metric");
        assertThatThrownBy(() -> new Slab(2, "Silver", null, any(lifetime("1")), 12, any(lifetime("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upgrade metric");
        Slab ok = new Slab(2, "Silver", null, any(lifetime("1")), 12, renewal);
        assertThat(ok.expires()).isTrue();
    }

    @Test
    void slab_serial_name_and_validity_are_checked() {
        assertThatThrownBy(() -> new Slab(0, "Zero", null, null, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slab(1, " ", null, null, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slab(2, "Silver", null, any(lifetime("1")), -1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_higher_slab_with_zero_validity_is_kept_for_good() {
        assertThat(new Slab(2, "Silver", null, any(lifetime("1")), 0, null).expires()).isFalse();
    }

    // ---- Program ----

    @Test
    void program_sorts_slabs_by_serial_and_needs_serials_one_to_n() {
        Slab bronze = entry("Bronze");
        Slab silver = slab(2, "Silver", any(lifetime("1000")), 12, null);
        Slab gold = slab(3, "Gold", any(lifetime("5000")), 12, null);
        Program p = program(rate("1"), ExpiryRule.NEVER, gold, bronze, silver);
        assertThat(p.slabs()).extracting(Slab::name).containsExactly("Bronze", "Silver", "Gold");
        assertThat(p.entrySlab()).isEqualTo(bronze);
        assertThat(p.slab(2)).isEqualTo(silver);
        assertThat(p.slabAbove(1)).contains(silver);
        assertThat(p.slabAbove(3)).isEmpty();
        assertThat(p.isHighest(3)).isTrue();
        assertThat(p.isHighest(2)).isFalse();
        assertThatThrownBy(() -> p.slab(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.slab(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void program_refuses_a_gap_in_serials() {
        assertThatThrownBy(() -> program(rate("1"), ExpiryRule.NEVER, entry("Bronze"),
                slab(3, "Gold", any(lifetime("5000")), 12, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..2");
    }

    @Test
    void program_refuses_two_slabs_with_one_serial_and_no_slabs() {
        assertThatThrownBy(() -> program(rate("1"), ExpiryRule.NEVER, entry("Bronze"), entry("Other")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> program(rate("1"), ExpiryRule.NEVER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void program_defaults_ratio_to_one_and_needs_a_title() {
        Program p = new Program(ProgramFixtures.PROGRAM_ID, ProgramFixtures.ORG_ID, "Rewards", null, true, null,
                rate("1"), ExpiryRule.NEVER, List.of(entry("Bronze")));
        assertThat(p.pointsToCurrencyRatio()).isEqualByComparingTo("1");
        assertThat(p.description()).isEmpty();
        assertThatThrownBy(() -> new Program(ProgramFixtures.PROGRAM_ID, ProgramFixtures.ORG_ID, " ", null, true,
                null, rate("1"), ExpiryRule.NEVER, List.of(entry("Bronze"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void points_for_a_bill_are_amount_times_the_rate_of_the_slab() {
        Program p = ProgramFixtures.bronzeSilverGold();
        assertThat(p.pointsFor(Money.of("1234.56"), 1)).isEqualTo(Points.of("123.456"));
        assertThat(p.pointsFor(Money.of("1234.56"), 2)).isEqualTo(Points.of("185.184"));
        assertThat(p.pointsFor(Money.of("1234.56"), 3)).isEqualTo(Points.of("246.912"));
    }

    // ---- EarningRule ----

    @Test
    void a_slab_without_its_own_rate_earns_the_base_rate() {
        EarningRule rule = rates("1", Map.of(3, "2.5"));
        assertThat(rule.rateFor(1)).isEqualByComparingTo("1");
        assertThat(rule.rateFor(2)).isEqualByComparingTo("1");
        assertThat(rule.rateFor(3)).isEqualByComparingTo("2.5");
    }

    @Test
    void earn_rates_are_zero_or_more() {
        assertThatThrownBy(() -> rate("-0.1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rates("1", Map.of(2, "-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new EarningRule(BigDecimal.ONE, null).rateBySlabSerial()).isEmpty();
    }

    @Test
    void program_id_is_positive() {
        assertThatThrownBy(() -> new ProgramId(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
