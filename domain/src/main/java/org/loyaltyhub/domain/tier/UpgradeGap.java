package org.loyaltyhub.domain.tier;

import java.util.List;
import java.util.Objects;
import org.loyaltyhub.domain.program.Slab;
import org.loyaltyhub.domain.program.TierRule;

/** The next slab up and, for each of its upgrade criteria, where the customer will stand. */
public record UpgradeGap(Slab nextSlab, TierRule.Combination combination, List<CriterionGap> criteria) {
    public UpgradeGap {
        Objects.requireNonNull(nextSlab, "next slab");
        criteria = List.copyOf(criteria);
    }
}
