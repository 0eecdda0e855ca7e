package org.loyaltyhub.domain.tier;

import java.math.BigDecimal;
import org.loyaltyhub.domain.program.Criterion;

/** The customer's value for one criterion, as the caller measures it (now, or N days ahead). */
@FunctionalInterface
public interface TierMetrics {
    BigDecimal valueOf(Criterion criterion);
}
