package org.loyaltyhub.domain.tier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.Slab;

/** The slab rules of one program: when a customer moves up, renews or drops. */
public final class TierLadder {
    private final Program program;
    private final ZoneId zone;

    public TierLadder(Program program, ZoneId zone) {
        this.program = program;
        this.zone = zone;
    }

    /**
     * Moves to the highest slab above the current one whose upgrade rule holds (jumping several slabs
     * if they all hold); nothing when none does.
     */
    public Optional<SlabChange> upgrade(TierStanding standing, TierMetrics metrics, Instant at, String storeCode) {
        Slab target = null;
        for (Slab slab : program.slabs()) {
            if (slab.serial() > standing.serial() && slab.upgradeRule().holds(metrics::valueOf)) {
                target = slab;
            }
        }
        if (target == null) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(at, zone);
        LocalDate validUntil = target.expires() ? lastDayOfPeriod(day, target.validityMonths()) : null;
        return Optional.of(new SlabChange(program.id(), SlabChangeType.UPGRADE, standing.serial(), target.serial(), at,
                validUntil, storeCode, "Upgraded to " + target.name()));
    }

    /**
     * At the end of a validity period: renew when the slab's renewal rule held over the period, else
     * drop one slab. The change is dated at the start of the day after the period. A slab reached by
     * the downgrade gets a fresh validity period of its own (none for the entry slab).
     *
     * @param periodMetrics the customer's values within the period that ended
     */
    public Optional<SlabChange> renewOrDowngrade(TierStanding standing, TierMetrics periodMetrics, LocalDate today) {
        if (!standing.isDueForRenewalOn(today)) {
            return Optional.empty();
        }
        Slab current = program.slab(standing.serial());
        LocalDate periodEnd = standing.validUntil();
        LocalDate nextStart = periodEnd.plusDays(1);
        Instant changedOn = nextStart.atStartOfDay(zone).toInstant();
        if (current.renewalRule().holds(periodMetrics::valueOf)) {
            LocalDate renewedUntil = lastDayOfPeriod(nextStart, current.validityMonths());
            return Optional.of(new SlabChange(program.id(), SlabChangeType.RENEW, current.serial(), current.serial(),
                    changedOn, renewedUntil, null, "Renewed " + current.name()));
        }
        Slab lower = program.slab(current.serial() - 1);
        LocalDate validUntil = lower.expires() ? lastDayOfPeriod(nextStart, lower.validityMonths()) : null;
        return Optional.of(new SlabChange(program.id(), SlabChangeType.DOWNGRADE, current.serial(), lower.serial(),
                changedOn, validUntil, null, "Renewal criteria not met, moved to " + lower.name()));
    }

    /**
     * The last day of a period of {@code months} that starts on {@code start}: the day before the same
     * date that many months later (2024-01-15 + 12: 2025-01-14), or the last day of the target month when
     * that date does not exist there (2024-03-31 + 1: 2024-04-30; 2024-02-29 + 12: 2025-02-28). Every
     * period is measured from its own first day, so renewals never drift at month ends.
     */
    private static LocalDate lastDayOfPeriod(LocalDate start, int months) {
        LocalDate sameDate = start.plusMonths(months);
        return sameDate.getDayOfMonth() == start.getDayOfMonth() ? sameDate.minusDays(1) : sameDate;
    }
}
