package org.loyaltyhub.domain.program;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.domain.org.OrgId;

/** Small programs with real numbers, shared by the domain tests. */
public final class ProgramFixtures {
    public static final ProgramId PROGRAM_ID = new ProgramId(7);
    public static final OrgId ORG_ID = new OrgId(1);

    private ProgramFixtures() {
    }

    public static TierRule any(Criterion... criteria) {
        return new TierRule(TierRule.Combination.ANY, List.of(criteria));
    }

    public static TierRule all(Criterion... criteria) {
        return new TierRule(TierRule.Combination.ALL, List.of(criteria));
    }

    public static Criterion lifetime(String threshold) {
        return Criterion.of(CriterionMetric.LIFETIME_POINTS, threshold);
    }

    public static Criterion purchases(String threshold) {
        return Criterion.of(CriterionMetric.CUMULATIVE_PURCHASES, threshold);
    }

    public static Criterion current(String threshold) {
        return Criterion.of(CriterionMetric.CURRENT_POINTS, threshold);
    }

    public static Criterion tracker(String threshold, int days) {
        return new Criterion(CriterionMetric.TRACKER_VALUE_BASED, new BigDecimal(threshold), days);
    }

    public static Slab entry(String name) {
        return new Slab(1, name, null, null, 0, null);
    }

    public static Slab slab(int serial, String name, TierRule upgrade, int validityMonths, TierRule renewal) {
        return new Slab(serial, name, null, upgrade, validityMonths, renewal);
    }

    public static Program program(EarningRule earning, ExpiryRule expiry, Slab... slabs) {
        return new Program(PROGRAM_ID, ORG_ID, "Rewards", "test program", true, BigDecimal.ONE, earning, expiry,
                List.of(slabs));
    }

    public static EarningRule rate(String base) {
        return new EarningRule(new BigDecimal(base), Map.of());
    }

    public static EarningRule rates(String base, Map<Integer, String> bySerial) {
        return new EarningRule(new BigDecimal(base), bySerial.entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> new BigDecimal(e.getValue()))));
    }

    /**
     * Bronze (entry, 1 point per 10), Silver at 1,000 lifetime points (1.5 per 10), Gold at 5,000 lifetime
     * points (2 per 10). Silver and Gold are held for 12 months and renewed by 10,000 of purchases in
     * the period. Points never expire.
     */
    public static Program bronzeSilverGold() {
        return program(rates("0.1", Map.of(2, "0.15", 3, "0.2")), ExpiryRule.NEVER,
                entry("Bronze"),
                slab(2, "Silver", any(lifetime("1000")), 12, any(Criterion.of(CriterionMetric.PURCHASE, "10000"))),
                slab(3, "Gold", any(lifetime("5000")), 12, any(Criterion.of(CriterionMetric.PURCHASE, "10000"))));
    }
}
