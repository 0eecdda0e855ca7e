package org.loyaltyhub.domain.tier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.loyaltyhub.domain.program.Slab;

/**
 * The current slab's renewal criteria measured over its current validity period.
 *
 * @param tierExpiryDate last day of the period, when the renewal check runs the day after
 * @param renewConfirmed the renewal rule already holds, whatever happens until then
 */
public record RenewGap(Slab slab, LocalDate tierExpiryDate, boolean renewConfirmed, List<CriterionGap> criteria) {
    public RenewGap {
        Objects.requireNonNull(slab, "slab");
        Objects.requireNonNull(tierExpiryDate, "tier expiry date");
        criteria = List.copyOf(criteria);
    }
}
