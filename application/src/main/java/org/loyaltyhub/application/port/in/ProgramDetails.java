package org.loyaltyhub.application.port.in;

import java.util.List;
import java.util.Optional;
import org.loyaltyhub.domain.ledger.CreditView;
import org.loyaltyhub.domain.ledger.DatedPoints;
import org.loyaltyhub.domain.tier.RenewGap;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.TrackerValue;
import org.loyaltyhub.domain.tier.UpgradeGap;

/**
 * The optional sections of one program's standing, all derived from the ledger, the bills and the slab
 * history. Gaps are present only when asked for and when they apply (no upgrade gap in the highest
 * slab, no renewal gap in a slab that does not expire).
 *
 * @param slabHistory    newest first
 * @param expirySchedule soonest first
 * @param expiredPoints  newest first
 * @param promotions     promotional credits, oldest first
 * @param delayed        credits not spendable yet
 */
public record ProgramDetails(List<SlabChange> slabHistory, List<DatedPoints> expirySchedule,
                             List<DatedPoints> expiredPoints, List<CreditView> promotions, List<CreditView> delayed,
                             Optional<UpgradeGap> gapToUpgrade, Optional<RenewGap> gapToRenew,
                             List<TrackerValue> trackers) {
    public static final ProgramDetails NONE = new ProgramDetails(List.of(), List.of(), List.of(), List.of(), List.of(),
            Optional.empty(), Optional.empty(), List.of());

    public ProgramDetails {
        slabHistory = List.copyOf(slabHistory);
        expirySchedule = List.copyOf(expirySchedule);
        expiredPoints = List.copyOf(expiredPoints);
        promotions = List.copyOf(promotions);
        delayed = List.copyOf(delayed);
        gapToUpgrade = gapToUpgrade == null ? Optional.empty() : gapToUpgrade;
        gapToRenew = gapToRenew == null ? Optional.empty() : gapToRenew;
        trackers = List.copyOf(trackers);
    }
}
