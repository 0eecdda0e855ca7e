package org.loyaltyhub.domain.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.shared.DomainException;
import org.loyaltyhub.domain.shared.Points;

/**
 * One customer's points in one program: an append-only list of entries, replayed into lots.
 * Every figure is derived from the entries; nothing else is kept. Which lots a debit took is not
 * stored because the rule (soonest-expiring first, then oldest) makes the replay deterministic.
 * Days are counted in the org's time zone.
 */
public final class PointsLedger {
    /** Soonest expiry first, lots that never expire last; equal dates keep the order they were earned in. */
    private static final Comparator<Lot> SPEND_ORDER = Comparator.comparing(
            Lot::expiresOn, Comparator.nullsLast(Comparator.naturalOrder()));

    private final ProgramId programId;
    private final ZoneId zone;
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final List<Lot> lots = new ArrayList<>();

    private PointsLedger(ProgramId programId, ZoneId zone) {
        this.programId = Objects.requireNonNull(programId);
        this.zone = Objects.requireNonNull(zone);
    }

    public static PointsLedger empty(ProgramId programId, ZoneId zone) {
        return new PointsLedger(programId, zone);
    }

    /** Rebuilds the lots from stored entries, in the order they were appended. */
    public static PointsLedger replay(ProgramId programId, ZoneId zone, List<LedgerEntry> stored) {
        PointsLedger ledger = new PointsLedger(programId, zone);
        for (LedgerEntry entry : stored) {
            ledger.apply(entry);
        }
        return ledger;
    }

    public LedgerEntry earn(Points points, Instant at, LocalDate expiresOn, BillRef bill, String storeCode) {
        return append(new LedgerEntry(programId, EntryKind.EARN, points, at, expiresOn, null, bill, storeCode, null));
    }

    public LedgerEntry award(Points points, Instant at, LocalDate expiresOn, LocalDate availableFrom, String storeCode,
                             String reason) {
        requirePositive(points, "award");
        return append(new LedgerEntry(programId, EntryKind.PROMOTION, points, at, expiresOn, availableFrom, null,
                storeCode, reason));
    }

    /** Takes points soonest-expiring first; refuses to go beyond what is spendable that day. */
    public LedgerEntry redeem(Points points, Instant at, String storeCode) {
        requirePositive(points, "redeem");
        Points available = spendableOn(day(at));
        if (points.compareTo(available) > 0) {
            throw new DomainException("INSUFFICIENT_POINTS",
                    "cannot redeem " + points + " points: only " + available + " available");
        }
        return append(new LedgerEntry(programId, EntryKind.REDEEM, points, at, null, null, null, storeCode, null));
    }

    /** A manual credit (a new lot, expiring as given) or debit (refused beyond the spendable balance). */
    public LedgerEntry adjust(Points signedPoints, Instant at, LocalDate creditExpiresOn, String reason) {
        if (signedPoints.isZero()) {
            throw new DomainException("INVALID_POINTS", "an adjustment must not be zero");
        }
        if (signedPoints.isPositive()) {
            return append(new LedgerEntry(programId, EntryKind.ADJUST_CREDIT, signedPoints, at, creditExpiresOn, null,
                    null, null, reason));
        }
        Points debit = signedPoints.negate();
        Points available = spendableOn(day(at));
        if (debit.compareTo(available) > 0) {
            throw new DomainException("INSUFFICIENT_POINTS",
                    "cannot debit " + debit + " points: only " + available + " available");
        }
        return append(new LedgerEntry(programId, EntryKind.ADJUST_DEBIT, debit, at, null, null, null, null, reason));
    }

    /**
     * Takes back points for a returned bill: {@code share} of what the bill earned, from the bill's own
     * lot first, then soonest-expiring. What has already been spent elsewhere cannot be taken back: the
     * entry records only what was actually deducted, so the balance never goes negative.
     *
     * @return the entry, or nothing when there was nothing to take back
     */
    public java.util.Optional<LedgerEntry> takeBackFor(BillRef bill, Points wanted, Instant at, String storeCode) {
        if (!wanted.isPositive()) {
            return java.util.Optional.empty();
        }
        Points deductible = wanted.min(spendableOn(day(at)));
        if (!deductible.isPositive()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(append(new LedgerEntry(programId, EntryKind.RETURN, deductible, at, null, null,
                bill, storeCode, null)));
    }

    /**
     * Closes every lot whose expiry date is before {@code today}, one EXPIRE entry per expiry date. The
     * entry is dated at the start of the day after the expiry date: when the points actually lapsed.
     */
    public List<LedgerEntry> expireBefore(LocalDate today) {
        Map<LocalDate, Points> dueByDate = new TreeMap<>();
        for (Lot lot : lots) {
            if (lot.remaining.isPositive() && lot.isExpiredOn(today)) {
                dueByDate.merge(lot.expiresOn(), lot.remaining, Points::plus);
            }
        }
        List<LedgerEntry> written = new ArrayList<>();
        dueByDate.forEach((date, points) -> written.add(append(new LedgerEntry(programId, EntryKind.EXPIRE, points,
                date.plusDays(1).atStartOfDay(zone).toInstant(), date, null, null, null, null))));
        return written;
    }

    /** Points the bill earned, less what earlier returns of it took back. */
    public Points earnedFor(BillRef bill) {
        Points earned = Points.ZERO;
        for (LedgerEntry e : entries) {
            if (bill.equals(e.bill())) {
                earned = e.kind() == EntryKind.EARN ? earned.plus(e.points()) : earned.minus(e.points());
            }
        }
        return earned.max(Points.ZERO);
    }

    public Points spendableOn(LocalDate day) {
        return lots.stream().filter(l -> l.isSpendableOn(day)).map(l -> l.remaining).reduce(Points.ZERO, Points::plus);
    }

    public PointsBalance balanceOn(LocalDate day) {
        Points earned = Points.ZERO;
        Points redeemed = Points.ZERO;
        Points expired = Points.ZERO;
        Points returned = Points.ZERO;
        Points adjusted = Points.ZERO;
        for (LedgerEntry e : entries) {
            switch (e.kind()) {
                case EARN, PROMOTION -> earned = earned.plus(e.points());
                case REDEEM -> redeemed = redeemed.plus(e.points());
                case EXPIRE -> expired = expired.plus(e.points());
                case RETURN -> returned = returned.plus(e.points());
                case ADJUST_CREDIT -> adjusted = adjusted.plus(e.points());
                case ADJUST_DEBIT -> adjusted = adjusted.minus(e.points());
            }
        }
        Points available = Points.ZERO;
        Points delayed = Points.ZERO;
        for (Lot lot : lots) {
            if (!lot.remaining.isPositive()) {
                continue;
            }
            if (lot.isExpiredOn(day)) {
                expired = expired.plus(lot.remaining);
            } else if (lot.isDelayedOn(day)) {
                delayed = delayed.plus(lot.remaining);
            } else {
                available = available.plus(lot.remaining);
            }
        }
        return new PointsBalance(available, earned.minus(returned), redeemed, expired, returned, adjusted, delayed);
    }

    /** Spendable points by the date they will expire, soonest first. Points that never expire are not listed. */
    public List<DatedPoints> expiryScheduleFrom(LocalDate day) {
        Map<LocalDate, Points> byDate = new TreeMap<>();
        for (Lot lot : lots) {
            if (lot.expiresOn() != null && lot.remaining.isPositive() && !lot.isExpiredOn(day)) {
                byDate.merge(lot.expiresOn(), lot.remaining, Points::plus);
            }
        }
        return byDate.entrySet().stream().map(e -> new DatedPoints(programId, e.getValue(), e.getKey())).toList();
    }

    /** Points that have expired, by expiry date, recorded or due by {@code day}, newest first. */
    public List<DatedPoints> expiredAsOf(LocalDate day) {
        Map<LocalDate, Points> byDate = new TreeMap<>(Comparator.reverseOrder());
        for (LedgerEntry e : entries) {
            if (e.kind() == EntryKind.EXPIRE) {
                byDate.merge(e.expiresOn(), e.points(), Points::plus);
            }
        }
        for (Lot lot : lots) {
            if (lot.remaining.isPositive() && lot.isExpiredOn(day)) {
                byDate.merge(lot.expiresOn(), lot.remaining, Points::plus);
            }
        }
        return byDate.entrySet().stream().map(e -> new DatedPoints(programId, e.getValue(), e.getKey())).toList();
    }

    /** Every credit (earned, promotional, manual) in the order it was made, with what is left of it. */
    public List<CreditView> credits() {
        return lots.stream().map(l -> new CreditView(programId, l.source.kind(), l.source.points(), l.remaining,
                l.source.occurredAt(), l.source.availableFrom(), l.source.expiresOn(), l.source.storeCode(),
                l.source.reason())).toList();
    }

    /** Credits not spendable yet on {@code day} because they become available later (delayed accrual). */
    public List<CreditView> delayedOn(LocalDate day) {
        return lots.stream().filter(l -> l.remaining.isPositive() && !l.isExpiredOn(day) && l.isDelayedOn(day))
                .map(l -> new CreditView(programId, l.source.kind(), l.source.points(), l.remaining,
                        l.source.occurredAt(), l.source.availableFrom(), l.source.expiresOn(), l.source.storeCode(),
                        l.source.reason()))
                .toList();
    }

    /**
     * The soonest expiry date among the points spendable on {@code day}: the last day that balance holds
     * without new activity. Empty when none of them expire.
     */
    public java.util.Optional<LocalDate> soonestExpiryOfSpendable(LocalDate day) {
        return lots.stream().filter(l -> l.isSpendableOn(day) && l.expiresOn() != null)
                .map(Lot::expiresOn).min(Comparator.naturalOrder());
    }

    /**
     * The first day after {@code day} on which {@link #balanceOn} answers differently without a new entry:
     * the day after the soonest expiry date among the lots still unexpired on {@code day}, or the soonest
     * day a delayed lot becomes spendable. Before it, every lot stays as it is on {@code day}: expired,
     * delayed or spendable. Empty when no lot with points left will ever change by itself.
     */
    public java.util.Optional<LocalDate> nextChangeAfter(LocalDate day) {
        LocalDate next = null;
        for (Lot lot : lots) {
            if (!lot.remaining.isPositive() || lot.isExpiredOn(day)) {
                continue;
            }
            if (lot.expiresOn() != null) {
                next = earlier(next, lot.expiresOn().plusDays(1));
            }
            if (lot.isDelayedOn(day)) {
                next = earlier(next, lot.source.availableFrom());
            }
        }
        return java.util.Optional.ofNullable(next);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    public List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    public ProgramId programId() {
        return programId;
    }

    private LedgerEntry append(LedgerEntry entry) {
        apply(entry);
        return entry;
    }

    private void apply(LedgerEntry entry) {
        if (!entry.programId().equals(programId)) {
            throw new IllegalArgumentException("entry of program " + entry.programId().value()
                    + " in the ledger of program " + programId.value());
        }
        LocalDate day = day(entry.occurredAt());
        switch (entry.kind()) {
            case EARN, PROMOTION, ADJUST_CREDIT -> lots.add(new Lot(entry));
            case REDEEM, ADJUST_DEBIT -> takeSpendable(entry.points(), day, null);
            case RETURN -> takeSpendable(entry.points(), day, entry.bill());
            case EXPIRE -> lots.stream()
                    .filter(l -> entry.expiresOn().equals(l.expiresOn()))
                    .forEach(l -> l.remaining = Points.ZERO);
        }
        entries.add(entry);
    }

    /** Takes from the bill's own lots first (when given), then soonest-expiring. */
    private void takeSpendable(Points wanted, LocalDate day, BillRef preferredBill) {
        Points left = wanted;
        List<Lot> order = new ArrayList<>(lots.stream().filter(l -> l.isSpendableOn(day)).sorted(SPEND_ORDER).toList());
        if (preferredBill != null) {
            order.sort(Comparator.comparing((Lot l) -> !preferredBill.equals(l.source.bill())));
        }
        for (Lot lot : order) {
            if (!left.isPositive()) {
                break;
            }
            left = left.minus(lot.take(left));
        }
        if (left.isPositive()) {
            throw new IllegalStateException("ledger of program " + programId.value() + " is short by " + left
                    + " points on " + day + ": its entries are inconsistent");
        }
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    private static void requirePositive(Points points, String what) {
        if (!points.isPositive()) {
            throw new DomainException("INVALID_POINTS", "points to " + what + " must be positive, got " + points);
        }
    }
}
