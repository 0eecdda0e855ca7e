package org.loyaltyhub.domain.program;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** A set of criteria combined with ANY or ALL. An empty rule never holds. */
public record TierRule(Combination combination, List<Criterion> criteria) {
    public enum Combination { ANY, ALL }

    public static final TierRule NONE = new TierRule(Combination.ANY, List.of());

    public TierRule {
        combination = combination == null ? Combination.ANY : combination;
        criteria = List.copyOf(criteria == null ? List.of() : criteria);
    }

    public boolean isEmpty() {
        return criteria.isEmpty();
    }

    public boolean holds(Function<Criterion, BigDecimal> valueOf) {
        if (criteria.isEmpty()) {
            return false;
        }
        return combination == Combination.ALL
                ? criteria.stream().allMatch(c -> c.isMetBy(valueOf.apply(c)))
                : criteria.stream().anyMatch(c -> c.isMetBy(valueOf.apply(c)));
    }
}
