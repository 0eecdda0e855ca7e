package org.loyaltyhub.domain.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.ledger.PointsLedger;
import org.loyaltyhub.domain.program.Criterion;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.Slab;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.DomainException;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.CriterionGap;
import org.loyaltyhub.domain.tier.RenewGap;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.TierLadder;
import org.loyaltyhub.domain.tier.TierMetrics;
import org.loyaltyhub.domain.tier.TierStanding;
import org.loyaltyhub.domain.tier.TrackerValue;
import org.loyaltyhub.domain.tier.UpgradeGap;

/**
 * A loyalty customer's standing in one program: bills, points ledger and slab history together,
 * because each event touches all three (a bill earns at the current slab, then may upgrade it).
 * Before every event the account catches up with time: slab periods that ended are renewed or
 * dropped, and lots past their expiry date are expired, so history replays exactly as it happened.
 */
public final class LoyaltyAccount {
    private final Program program;
    private final ZoneId zone;
    private final TierLadder ladder;
    private final PointsLedger ledger;
    private final List<Purchase> purchases;
    private final List<SlabChange> slabHistory;
    private final List<Purchase> newPurchases = new ArrayList<>();
    private final List<LedgerEntry> newEntries = new ArrayList<>();
    private final List<SlabChange> newSlabChanges = new ArrayList<>();

    private LoyaltyAccount(Program program, ZoneId zone, PointsLedger ledger, List<Purchase> purchases,
                           List<SlabChange> slabHistory) {
        this.program = Objects.requireNonNull(program);
        this.zone = Objects.requireNonNull(zone);
        this.ladder = new TierLadder(program, zone);
        this.ledger = ledger;
        this.purchases = new ArrayList<>(purchases);
        this.slabHistory = new ArrayList<>(slabHistory);
    }

    public static LoyaltyAccount open(Program program, ZoneId zone) {
        return new LoyaltyAccount(program, zone, PointsLedger.empty(program.id(), zone), List.of(), List.of());
    }

    public static LoyaltyAccount reconstitute(Program program, ZoneId zone, List<LedgerEntry> entries,
                                              List<Purchase> purchases, List<SlabChange> slabHistoryOldestFirst) {
        return new LoyaltyAccount(program, zone, PointsLedger.replay(program.id(), zone, entries), purchases,
                slabHistoryOldestFirst);
    }

    /** Records a bill: a REGULAR bill earns at the current slab, a RETURN takes back its share. */
    public void recordPurchase(Purchase purchase) {
        catchUpTo(purchase.at());
        if (purchase.type() == TransactionType.RETURN) {
            takeBackPointsFor(purchase);
        }
        purchases.add(purchase);
        newPurchases.add(purchase);
        if (purchase.earns()) {
            Points points = program.pointsFor(purchase.amount(), standing().serial());
            if (points.isPositive()) {
                LocalDate expiresOn = program.expiryRule().expiryFor(day(purchase.at())).orElse(null);
                newEntries.add(ledger.earn(points, purchase.at(), expiresOn, purchase.bill(), purchase.bill().storeCode()));
            }
            considerUpgrade(purchase.at(), purchase.bill().storeCode());
        }
    }

    public void redeem(Points points, Instant at, String storeCode) {
        catchUpTo(at);
        newEntries.add(ledger.redeem(points, at, storeCode));
    }

    public void award(Points points, Instant at, LocalDate availableFrom, String storeCode, String reason) {
        catchUpTo(at);
        LocalDate earnedOn = availableFrom == null ? day(at) : availableFrom;
        LocalDate expiresOn = program.expiryRule().expiryFor(earnedOn).orElse(null);
        newEntries.add(ledger.award(points, at, expiresOn, availableFrom, storeCode, reason));
        considerUpgrade(at, storeCode);
    }

    /** A manual credit expires by the program's rule like earned points; a debit is a plain deduction. */
    public void adjust(Points signedPoints, Instant at, String reason) {
        catchUpTo(at);
        LocalDate expiresOn = program.expiryRule().expiryFor(day(at)).orElse(null);
        newEntries.add(ledger.adjust(signedPoints, at, expiresOn, reason));
        considerUpgrade(at, null);
    }

    /** Renews or drops slabs whose period ended before {@code at}'s day and expires overdue lots. */
    public void catchUpTo(Instant at) {
        LocalDate today = day(at);
        Optional<SlabChange> change;
        while ((change = ladder.renewOrDowngrade(standing(), periodMetrics(standing()), today)).isPresent()) {
            slabHistory.add(change.get());
            newSlabChanges.add(change.get());
        }
        newEntries.addAll(ledger.expireBefore(today));
    }

    /** Hands over what was added since the account was opened or last drained. */
    public AccountChanges drainChanges() {
        AccountChanges changes = new AccountChanges(newPurchases, newEntries, newSlabChanges);
        newPurchases.clear();
        newEntries.clear();
        newSlabChanges.clear();
        return changes;
    }

    public TierStanding standing() {
        return TierStanding.from(slabHistory, zone);
    }

    public PointsLedger ledger() {
        return ledger;
    }

    public Program program() {
        return program;
    }

    /** Regular bill amounts minus returned amounts, never below zero. */
    public Money cumulativePurchases() {
        return netPurchases(null, null);
    }

    /**
     * The account as a lookup on {@code day} shows it, with how long that lasts without a write. Take it
     * after {@link #catchUpTo} the same day; otherwise a slab already past its validity makes it never hold.
     */
    public AccountSnapshot snapshotOn(LocalDate day) {
        TierStanding standing = standing();
        LocalDate stableUntil = ledger.nextChangeAfter(day).map(next -> next.minusDays(1)).orElse(null);
        if (standing.validUntil() != null && (stableUntil == null || standing.validUntil().isBefore(stableUntil))) {
            // the day after it the renewal check renews or drops the slab
            stableUntil = standing.validUntil();
        }
        return new AccountSnapshot(ledger.balanceOn(day), day, cumulativePurchases(), standing.serial(),
                standing.validUntil(), stableUntil);
    }

    /** Upgrade metrics as they stand at {@code at}. */
    public TierMetrics metricsAt(Instant at) {
        LocalDate today = day(at);
        return criterion -> switch (criterion.metric()) {
            case CURRENT_POINTS -> ledger.spendableOn(today).value();
            case LIFETIME_POINTS -> ledger.balanceOn(today).lifetime().value();
            case CUMULATIVE_PURCHASES -> cumulativePurchases().value();
            case TRACKER_VALUE_BASED -> netPurchases(today.minusDays(criterion.windowDays() - 1L), today).value();
            default -> throw new IllegalArgumentException(criterion.metric() + " is not an upgrade metric");
        };
    }

    /**
     * Where the customer will stand against the next slab's upgrade criteria {@code daysAhead} days after
     * {@code today}, if nothing else happens: points that expire before then and bills that leave a tracker
     * window by then do not count. Empty in the highest slab.
     */
    public Optional<UpgradeGap> upgradeGap(LocalDate today, int daysAhead) {
        if (daysAhead < 0) {
            throw new IllegalArgumentException("days ahead must not be negative");
        }
        Optional<Slab> next = program.slabAbove(standing().serial());
        if (next.isEmpty()) {
            return Optional.empty();
        }
        LocalDate target = today.plusDays(daysAhead);
        List<CriterionGap> gaps = new ArrayList<>();
        for (Criterion criterion : next.get().upgradeRule().criteria()) {
            gaps.add(switch (criterion.metric()) {
                case CURRENT_POINTS -> CriterionGap.of(criterion, ledger.spendableOn(target).value(),
                        ledger.soonestExpiryOfSpendable(target).orElse(null));
                case LIFETIME_POINTS -> CriterionGap.of(criterion, ledger.balanceOn(today).lifetime().value(), null);
                case CUMULATIVE_PURCHASES -> CriterionGap.of(criterion, cumulativePurchases().value(), null);
                case TRACKER_VALUE_BASED -> {
                    LocalDate from = target.minusDays(criterion.windowDays() - 1L);
                    yield CriterionGap.of(criterion, netPurchases(from, target).value(),
                            firstRegularBillDay(from, target).map(d -> d.plusDays(criterion.windowDays() - 1L))
                                    .orElse(null));
                }
                default -> throw new IllegalArgumentException(criterion.metric() + " is not an upgrade metric");
            });
        }
        return Optional.of(new UpgradeGap(next.get(), next.get().upgradeRule().combination(), gaps));
    }

    /**
     * The current slab's renewal criteria over its current validity period as it stands today (bills and
     * points already in the period stay in it). Empty when the slab does not expire (the entry slab, or a
     * slab kept for good).
     */
    public Optional<RenewGap> renewGap(LocalDate today) {
        TierStanding standing = standing();
        Slab current = program.slab(standing.serial());
        if (standing.validUntil() == null || !current.expires()) {
            return Optional.empty();
        }
        TierMetrics period = periodMetrics(standing);
        List<CriterionGap> gaps = current.renewalRule().criteria().stream()
                .map(c -> CriterionGap.of(c, period.valueOf(c), standing.validUntil()))
                .toList();
        return Optional.of(new RenewGap(current, standing.validUntil(), current.renewalRule().holds(period::valueOf),
                gaps));
    }

    /** Every tracker a slab of the program measures for its upgrade, as it stands on {@code today}. */
    public List<TrackerValue> trackersOn(LocalDate today) {
        List<TrackerValue> trackers = new ArrayList<>();
        for (Slab slab : program.slabs()) {
            for (Criterion c : slab.upgradeRule().criteria()) {
                if (c.metric() == org.loyaltyhub.domain.program.CriterionMetric.TRACKER_VALUE_BASED) {
                    LocalDate from = today.minusDays(c.windowDays() - 1L);
                    trackers.add(new TrackerValue(slab, c.windowDays(), from, today, netPurchases(from, today).value(),
                            c.threshold()));
                }
            }
        }
        return trackers;
    }

    private Optional<LocalDate> firstRegularBillDay(LocalDate from, LocalDate to) {
        return purchases.stream()
                .filter(p -> p.type() == TransactionType.REGULAR && within(day(p.at()), from, to))
                .map(p -> day(p.at()))
                .min(java.util.Comparator.naturalOrder());
    }

    private void considerUpgrade(Instant at, String storeCode) {
        ladder.upgrade(standing(), metricsAt(at), at, storeCode).ifPresent(change -> {
            slabHistory.add(change);
            newSlabChanges.add(change);
        });
    }

    private void takeBackPointsFor(Purchase returned) {
        Purchase original = purchases.stream()
                .filter(p -> p.type() == TransactionType.REGULAR && p.bill().equals(returned.returnOf()))
                .findFirst()
                .orElseThrow(() -> new DomainException("UNKNOWN_BILL",
                        "no earlier bill " + returned.returnOf().number() + " at store "
                                + returned.returnOf().storeCode() + " to return"));
        if (original.amount().isZero()) {
            return;
        }
        BigDecimal returnedAmount = returned.amount().value().min(original.amount().value());
        Points earned = ledger.entries().stream()
                .filter(e -> e.kind() == EntryKind.EARN && original.bill().equals(e.bill()))
                .map(LedgerEntry::points).reduce(Points.ZERO, Points::plus);
        // earned x returned / original, divided last so that a third of a bill is exactly a third of its points
        Points wanted = new Points(earned.value().multiply(returnedAmount)
                .divide(original.amount().value(), Points.SCALE, RoundingMode.HALF_UP))
                .min(ledger.earnedFor(original.bill()));
        ledger.takeBackFor(original.bill(), wanted, returned.at(), returned.bill().storeCode())
                .ifPresent(newEntries::add);
    }

    private TierMetrics periodMetrics(TierStanding standing) {
        LocalDate from = standing.periodStart();
        LocalDate to = standing.validUntil();
        return criterion -> switch (criterion.metric()) {
            case PURCHASE, TRACKER -> netPurchases(from, to).value();
            case VISITS -> BigDecimal.valueOf(purchases.stream()
                    .filter(p -> p.type() == TransactionType.REGULAR && within(day(p.at()), from, to)).count());
            case POINTS -> ledger.entries().stream()
                    .filter(e -> (e.kind() == EntryKind.EARN || e.kind() == EntryKind.PROMOTION)
                            && within(day(e.occurredAt()), from, to))
                    .map(e -> e.points().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            default -> throw new IllegalArgumentException(criterion.metric() + " is not a renewal metric");
        };
    }

    /** Net bill amounts between two days inclusive (null: unbounded). */
    private Money netPurchases(LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Purchase p : purchases) {
            if (!within(day(p.at()), from, to)) {
                continue;
            }
            if (p.type() == TransactionType.REGULAR) {
                sum = sum.add(p.amount().value());
            } else if (p.type() == TransactionType.RETURN) {
                sum = sum.subtract(p.amount().value());
            }
        }
        return new Money(sum.max(BigDecimal.ZERO));
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }
}
