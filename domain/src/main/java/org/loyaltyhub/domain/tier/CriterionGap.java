package org.loyaltyhub.domain.tier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.loyaltyhub.domain.program.Criterion;

/**
 * How far a customer is from one criterion: their value, and threshold minus value (never below 0).
 *
 * @param validUpto last day the value holds without new activity (points expire, bills leave a tracker
 *                  window); null when the value never decays (lifetime points, cumulative purchases)
 */
public record CriterionGap(Criterion criterion, BigDecimal value, BigDecimal gap, LocalDate validUpto) {
    public CriterionGap {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(gap, "gap");
    }

    public static CriterionGap of(Criterion criterion, BigDecimal value, LocalDate validUpto) {
        return new CriterionGap(criterion, value, criterion.gap(value), validUpto);
    }
}
