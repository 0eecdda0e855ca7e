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
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.DomainException;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.TierLadder;
import org.loyaltyhub.domain.tier.TierMetrics;
import org.loyaltyhub.domain.tier.TierStanding;

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
