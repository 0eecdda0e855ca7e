package org.loyaltyhub.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loyaltyhub.domain.program.ProgramFixtures.all;
import static org.loyaltyhub.domain.program.ProgramFixtures.any;
import static org.loyaltyhub.domain.program.ProgramFixtures.entry;
import static org.loyaltyhub.domain.program.ProgramFixtures.lifetime;
import static org.loyaltyhub.domain.program.ProgramFixtures.program;
import static org.loyaltyhub.domain.program.ProgramFixtures.rates;
import static org.loyaltyhub.domain.program.ProgramFixtures.slab;
import static org.loyaltyhub.domain.program.ProgramFixtures.tracker;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.DatedPoints;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.ledger.PointsLedger;
import org.loyaltyhub.domain.program.Criterion;
import org.loyaltyhub.domain.program.CriterionMetric;
import org.loyaltyhub.domain.program.ExpiryRule;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.DomainException;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.SlabChangeType;
import org.loyaltyhub.domain.tier.TierStanding;

/**
 * Random histories of bills, returns, redemptions, adjustments and awards over months, checked step by
 * step against a deliberately simple reference model written here (lots with remaining amounts for the
 * balance and expiry schedule; the test program's slab rules restated by hand for the tier), and at the
 * end against a replay of the stored entries. Fixed seeds: a failure names its seed and step.
 */
class LoyaltyAccountRandomHistoryTest {
    private static final int HISTORIES = 300;
    private static final int STEPS = 60;
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Asia/Kolkata"),
            ZoneId.of("America/New_York"));
    private static final List<ExpiryRule> EXPIRY_RULES = List.of(ExpiryRule.NEVER, ExpiryRule.days(45),
            ExpiryRule.months(2), ExpiryRule.days(1));

    private static Program programExpiring(ExpiryRule rule) {
        return program(rates("0.1", Map.of(2, "0.15", 3, "0.2")), rule,
                entry("Bronze"),
                slab(2, "Silver", any(lifetime("300")), 3, any(Criterion.of(CriterionMetric.PURCHASE, "1500"))),
                slab(3, "Gold", all(lifetime("1500"), tracker("3000", 60)), 2,
                        any(Criterion.of(CriterionMetric.VISITS, "4"))));
    }

    @Test
    void random_histories_agree_with_a_reference_model_and_with_their_replay() {
        int refusals = 0;
        int expiries = 0;
        int slabMoves = 0;
        Map<String, Integer> tierMoves = new TreeMap<>();
        for (int seed = 1; seed <= HISTORIES; seed++) {
            HistoryStats stats = runHistory(seed);
            refusals += stats.refusals;
            expiries += stats.expiries;
            slabMoves += stats.slabMoves;
            stats.tierMoves.forEach((move, n) -> tierMoves.merge(move, n, Integer::sum));
        }
        // the histories must actually reach the interesting paths
        assertThat(refusals).as("refused redemptions/debits").isGreaterThan(100);
        assertThat(expiries).as("EXPIRE entries").isGreaterThan(100);
        assertThat(slabMoves).as("slab changes").isGreaterThan(100);
        for (String move : List.of("UPGRADE to 2", "UPGRADE to 3", "RENEW 2", "RENEW 3", "DOWNGRADE to 1",
                "DOWNGRADE to 2")) {
            assertThat(tierMoves.getOrDefault(move, 0)).as("reference tier moves %s: %s", move, tierMoves)
                    .isGreaterThan(5);
        }
    }

    private record HistoryStats(int refusals, int expiries, int slabMoves, Map<String, Integer> tierMoves) {
    }

    private HistoryStats runHistory(int seed) {
        Random random = new Random(seed);
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        ExpiryRule rule = EXPIRY_RULES.get(random.nextInt(EXPIRY_RULES.size()));
        Program program = programExpiring(rule);
        LoyaltyAccount account = LoyaltyAccount.open(program, zone);
        Reference ref = new Reference(program.id(), rule);
        List<Purchase> storedPurchases = new ArrayList<>();
        List<LedgerEntry> storedEntries = new ArrayList<>();
        List<SlabChange> storedSlabChanges = new ArrayList<>();
        List<BillRef> regularBills = new ArrayList<>();
        Instant at = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(86_400));
        int refusals = 0;
        String op = "start";
        for (int step = 0; step < STEPS; step++) {
            try {
                at = at.plus(Duration.ofDays(random.nextInt(6))).plusSeconds(random.nextInt(86_400));
                LocalDate today = LocalDate.ofInstant(at, zone);
                account.catchUpTo(at);
                ref.tier.catchUpTo(today);
                assertThat(account.standing()).as("standing after catching up to %s", today)
                        .isEqualTo(ref.tier.standing());
                int serial = ref.tier.serial; // the slab the next bill earns at, by the reference's own rules
                int dice = random.nextInt(100);
                BillRef touched = null;
                if (dice < 35) {
                    long cents = 4L * (25 + random.nextInt(50_000));
                    Money amount = new Money(BigDecimal.valueOf(cents, 2));
                    BillRef bill = new BillRef("S" + random.nextInt(3), "B" + step);
                    op = "bill " + amount + " at slab " + serial;
                    account.recordPurchase(new Purchase(null, bill, TransactionType.REGULAR, amount, at, "T1", null));
                    BigDecimal points = amount.value().multiply(REF_RATES.get(serial))
                            .setScale(3, RoundingMode.HALF_UP);
                    ref.earn(bill, amount.value(), points, today);
                    ref.tier.bill(today, amount.value(), true);
                    ref.tier.considerUpgrade(today, ref.lifetime());
                    regularBills.add(bill);
                    touched = bill;
                } else if (dice < 45 && !regularBills.isEmpty()) {
                    BillRef original = regularBills.get(random.nextInt(regularBills.size()));
                    int quarters = 1 + random.nextInt(4);
                    BigDecimal amount = ref.billAmount.get(original).multiply(BigDecimal.valueOf(quarters))
                            .divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY);
                    op = "return " + quarters + "/4 of " + original.number();
                    account.recordPurchase(new Purchase(null, new BillRef("S9", "R" + step), TransactionType.RETURN,
                            new Money(amount), at, "T1", original));
                    ref.takeBack(original, quarters, amount, today);
                    ref.tier.bill(today, amount.negate(), false);
                    touched = original;
                } else if (dice < 47) {
                    op = "return of an unknown bill";
                    Instant when = at;
                    assertThatThrownBy(() -> account.recordPurchase(new Purchase(null, new BillRef("S9", "X"),
                            TransactionType.RETURN, Money.of("10"), when, "T1", new BillRef("S1", "nope"))))
                            .isInstanceOf(DomainException.class).extracting("code").isEqualTo("UNKNOWN_BILL");
                } else if (dice < 65) {
                    BigDecimal spendable = ref.spendable(today);
                    BigDecimal points = random.nextInt(5) == 0 && spendable.signum() > 0 ? spendable
                            : BigDecimal.valueOf(1 + random.nextInt(400_000), 3);
                    op = "redeem " + points + " of " + spendable;
                    if (points.compareTo(spendable) > 0) {
                        Instant when = at;
                        assertThatThrownBy(() -> account.redeem(new Points(points), when, "S1"))
                                .isInstanceOf(DomainException.class).extracting("code")
                                .isEqualTo("INSUFFICIENT_POINTS");
                        refusals++;
                    } else {
                        account.redeem(new Points(points), at, "S1");
                        ref.redeem(points, today);
                    }
                } else if (dice < 75) {
                    BigDecimal points = BigDecimal.valueOf(1 + random.nextInt(200_000), 3);
                    boolean credit = random.nextBoolean();
                    BigDecimal spendable = ref.spendable(today);
                    op = (credit ? "credit " : "debit ") + points + " of " + spendable;
                    Points signed = new Points(credit ? points : points.negate());
                    if (!credit && points.compareTo(spendable) > 0) {
                        Instant when = at;
                        assertThatThrownBy(() -> account.adjust(signed, when, "random"))
                                .isInstanceOf(DomainException.class).extracting("code")
                                .isEqualTo("INSUFFICIENT_POINTS");
                        refusals++;
                    } else {
                        account.adjust(signed, at, "random");
                        ref.adjust(credit, points, today);
                        ref.tier.considerUpgrade(today, ref.lifetime());
                    }
                } else if (dice < 85) {
                    BigDecimal points = BigDecimal.valueOf(1 + random.nextInt(300_000), 3);
                    LocalDate availableFrom = random.nextBoolean() ? null : today.plusDays(random.nextInt(21));
                    op = "award " + points + " from " + availableFrom;
                    account.award(new Points(points), at, availableFrom, "S1", "random");
                    ref.award(points, today, availableFrom);
                    ref.tier.considerUpgrade(today, ref.lifetime());
                } else if (dice < 90) {
                    op = "not-interested bill";
                    account.recordPurchase(new Purchase(null, new BillRef("S1", "N" + step),
                            TransactionType.NOT_INTERESTED, Money.of("500"), at, "T1", null));
                } else {
                    op = "time passes";
                }

                AccountChanges changes = account.drainChanges();
                storedPurchases.addAll(changes.purchases());
                storedEntries.addAll(changes.ledgerEntries());
                storedSlabChanges.addAll(changes.slabChanges());

                PointsLedger ledger = account.ledger();
                for (LocalDate day : List.of(today, today.plusDays(30), today.plusDays(400))) {
                    assertThat(ledger.balanceOn(day)).as("balance on %s", day).isEqualTo(ref.balanceOn(day));
                    assertThat(ledger.expiryScheduleFrom(day)).as("schedule from %s", day)
                            .isEqualTo(ref.scheduleFrom(day));
                    assertThat(ledger.expiredAsOf(day)).as("expired as of %s", day).isEqualTo(ref.expiredAsOf(day));
                }
                assertThat(ledger.spendableOn(today)).isEqualTo(new Points(ref.spendable(today)));
                assertIdentity(ledger, today);
                assertThat(account.cumulativePurchases()).isEqualTo(new Money(ref.netPurchases.max(BigDecimal.ZERO)));
                assertThat(account.standing()).as("standing after the event").isEqualTo(ref.tier.standing());
                if (touched != null) {
                    assertThat(ledger.earnedFor(touched)).as("earned for %s", touched)
                            .isEqualTo(new Points(ref.billEarned.get(touched).subtract(ref.billTaken(touched))));
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ", step " + step + " (" + op + "): " + e.getMessage(), e);
            }
        }

        try {
            assertThat(storedEntries).as("every entry went through drainChanges, in order")
                    .isEqualTo(account.ledger().entries());
            assertSlabHistoryIsAChain(storedSlabChanges);
            PointsLedger replayed = PointsLedger.replay(program.id(), zone, storedEntries);
            LoyaltyAccount rebuilt = LoyaltyAccount.reconstitute(program, zone, storedEntries, storedPurchases,
                    storedSlabChanges);
            LocalDate last = LocalDate.ofInstant(at, zone);
            for (LocalDate day : List.of(last, last.plusDays(1), last.plusDays(45), last.plusDays(100),
                    last.plusDays(1000))) {
                for (PointsLedger other : List.of(replayed, rebuilt.ledger())) {
                    assertThat(other.balanceOn(day)).isEqualTo(account.ledger().balanceOn(day));
                    assertThat(other.expiryScheduleFrom(day)).isEqualTo(account.ledger().expiryScheduleFrom(day));
                    assertThat(other.expiredAsOf(day)).isEqualTo(account.ledger().expiredAsOf(day));
                }
            }
            assertThat(rebuilt.standing()).isEqualTo(account.standing());
            assertThat(rebuilt.cumulativePurchases()).isEqualTo(account.cumulativePurchases());
            // and the rebuilt account carries on exactly like the live one
            Instant later = at.plus(Duration.ofDays(400));
            account.catchUpTo(later);
            rebuilt.catchUpTo(later);
            assertThat(rebuilt.drainChanges()).isEqualTo(account.drainChanges());
            ref.tier.catchUpTo(LocalDate.ofInstant(later, zone));
            assertThat(account.standing()).as("standing 400 days on").isEqualTo(ref.tier.standing());
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("seed " + seed + ", after the history: " + e.getMessage(), e);
        }
        int expiries = (int) storedEntries.stream().filter(e -> e.kind() == EntryKind.EXPIRE).count();
        return new HistoryStats(refusals, expiries, storedSlabChanges.size(), ref.tier.moves);
    }

    private static void assertIdentity(PointsLedger ledger, LocalDate day) {
        BigDecimal credits = BigDecimal.ZERO;
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal recordedExpiry = BigDecimal.ZERO;
        for (LedgerEntry e : ledger.entries()) {
            if (e.kind().isCredit()) {
                credits = credits.add(e.points().value());
            } else {
                debits = debits.add(e.points().value());
            }
            if (e.kind() == EntryKind.EXPIRE) {
                recordedExpiry = recordedExpiry.add(e.points().value());
            }
        }
        PointsBalance b = ledger.balanceOn(day);
        BigDecimal pending = b.expired().value().subtract(recordedExpiry);
        assertThat(pending.signum()).as("pending expiry never negative").isNotNegative();
        assertThat(b.available().value().add(b.delayed().value()).add(pending))
                .as("available + delayed + pending expiry == credits - debits")
                .isEqualByComparingTo(credits.subtract(debits));
    }

    private static void assertSlabHistoryIsAChain(List<SlabChange> history) {
        int serial = 1;
        for (SlabChange c : history) {
            assertThat(c.fromSerial()).as("each change starts where the last one ended").isEqualTo(serial);
            if (c.type() == SlabChangeType.DOWNGRADE) {
                assertThat(c.toSerial()).as("a downgrade drops one slab").isEqualTo(serial - 1);
            }
            serial = c.toSerial();
        }
    }

    /** The rules restated as plainly as possible: a list of lots and running totals. */
    private static final class Reference {
        private final ProgramId programId;
        private final ExpiryRule rule;
        private final List<RefLot> lots = new ArrayList<>();
        final Map<BillRef, BigDecimal> billAmount = new HashMap<>();
        final Map<BillRef, BigDecimal> billEarned = new HashMap<>();
        private final Map<BillRef, BigDecimal> billTaken = new HashMap<>();
        private BigDecimal earned = BigDecimal.ZERO;
        private BigDecimal returned = BigDecimal.ZERO;
        private BigDecimal redeemed = BigDecimal.ZERO;
        private BigDecimal adjusted = BigDecimal.ZERO;
        BigDecimal netPurchases = BigDecimal.ZERO;

        final RefTier tier = new RefTier();

        Reference(ProgramId programId, ExpiryRule rule) {
            this.programId = programId;
            this.rule = rule;
        }

        BigDecimal lifetime() {
            return earned.subtract(returned);
        }

        private LocalDate expiryFor(LocalDate day) {
            return switch (rule.unit()) {
                case NEVER -> null;
                case DAYS -> day.plusDays(rule.amount());
                case MONTHS -> YearMonth.from(day).plusMonths(rule.amount()).atEndOfMonth();
            };
        }

        void earn(BillRef bill, BigDecimal amount, BigDecimal points, LocalDate day) {
            billAmount.put(bill, amount);
            billEarned.put(bill, points);
            netPurchases = netPurchases.add(amount);
            if (points.signum() > 0) {
                lots.add(new RefLot(lots.size(), bill, expiryFor(day), null, points));
                earned = earned.add(points);
            }
        }

        BigDecimal billTaken(BillRef bill) {
            return billTaken.getOrDefault(bill, BigDecimal.ZERO);
        }

        void takeBack(BillRef bill, int quarters, BigDecimal amount, LocalDate day) {
            netPurchases = netPurchases.subtract(amount);
            BigDecimal wanted = billEarned.get(bill).multiply(BigDecimal.valueOf(quarters))
                    .divide(BigDecimal.valueOf(4), 3, RoundingMode.HALF_UP)
                    .min(billEarned.get(bill).subtract(billTaken(bill)));
            BigDecimal taken = wanted.min(spendable(day));
            if (taken.signum() > 0) {
                take(taken, day, bill);
                returned = returned.add(taken);
                billTaken.merge(bill, taken, BigDecimal::add);
            }
        }

        void redeem(BigDecimal points, LocalDate day) {
            take(points, day, null);
            redeemed = redeemed.add(points);
        }

        void adjust(boolean credit, BigDecimal points, LocalDate day) {
            if (credit) {
                lots.add(new RefLot(lots.size(), null, expiryFor(day), null, points));
                adjusted = adjusted.add(points);
            } else {
                take(points, day, null);
                adjusted = adjusted.subtract(points);
            }
        }

        void award(BigDecimal points, LocalDate day, LocalDate availableFrom) {
            lots.add(new RefLot(lots.size(), null, expiryFor(availableFrom == null ? day : availableFrom),
                    availableFrom, points));
            earned = earned.add(points);
        }

        BigDecimal spendable(LocalDate day) {
            return lots.stream().filter(l -> l.spendableOn(day)).map(l -> l.remaining)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private void take(BigDecimal wanted, LocalDate day, BillRef preferred) {
            Comparator<RefLot> order = Comparator
                    .comparing((RefLot l) -> preferred == null || !preferred.equals(l.bill))
                    .thenComparing(l -> l.expiresOn == null ? LocalDate.MAX : l.expiresOn)
                    .thenComparingInt(l -> l.seq);
            BigDecimal left = wanted;
            for (RefLot lot : lots.stream().filter(l -> l.spendableOn(day)).sorted(order).toList()) {
                BigDecimal taken = left.min(lot.remaining);
                lot.remaining = lot.remaining.subtract(taken);
                left = left.subtract(taken);
            }
            if (left.signum() != 0) {
                throw new IllegalStateException("reference model short by " + left);
            }
        }

        PointsBalance balanceOn(LocalDate day) {
            BigDecimal available = BigDecimal.ZERO;
            BigDecimal delayed = BigDecimal.ZERO;
            BigDecimal expired = BigDecimal.ZERO;
            for (RefLot lot : lots) {
                if (lot.expiredOn(day)) {
                    expired = expired.add(lot.remaining);
                } else if (lot.delayedOn(day)) {
                    delayed = delayed.add(lot.remaining);
                } else {
                    available = available.add(lot.remaining);
                }
            }
            return new PointsBalance(new Points(available), new Points(earned.subtract(returned)),
                    new Points(redeemed), new Points(expired), new Points(returned), new Points(adjusted),
                    new Points(delayed));
        }

        List<DatedPoints> scheduleFrom(LocalDate day) {
            TreeMap<LocalDate, BigDecimal> byDate = new TreeMap<>();
            for (RefLot lot : lots) {
                if (lot.expiresOn != null && !lot.expiredOn(day) && lot.remaining.signum() > 0) {
                    byDate.merge(lot.expiresOn, lot.remaining, BigDecimal::add);
                }
            }
            return byDate.entrySet().stream()
                    .map(e -> new DatedPoints(programId, new Points(e.getValue()), e.getKey())).toList();
        }

        List<DatedPoints> expiredAsOf(LocalDate day) {
            TreeMap<LocalDate, BigDecimal> byDate = new TreeMap<>(Comparator.reverseOrder());
            for (RefLot lot : lots) {
                if (lot.expiredOn(day) && lot.remaining.signum() > 0) {
                    byDate.merge(lot.expiresOn, lot.remaining, BigDecimal::add);
                }
            }
            return byDate.entrySet().stream()
                    .map(e -> new DatedPoints(programId, new Points(e.getValue()), e.getKey())).toList();
        }
    }

    /** The earning rate per slab of {@link #programExpiring}, restated. */
    private static final Map<Integer, BigDecimal> REF_RATES = Map.of(1, new BigDecimal("0.1"), 2,
            new BigDecimal("0.15"), 3, new BigDecimal("0.2"));

    /**
     * The slab rules of {@link #programExpiring}, restated by hand: Silver (2) is reached at 300 lifetime
     * points and held 3 months, renewed by 1500 of net purchases in the period; Gold (3) needs 1500 lifetime
     * points and 3000 of net purchases over the last 60 days, is held 2 months, renewed by 4 regular bills in
     * the period. After a bill, award or adjustment the highest slab whose rule holds is taken. A period of N
     * months starting on day D ends the day before D's date N months on, or on the last day of that month when
     * the date does not exist there. When a period has ended: renewed for a fresh period, or down one slab
     * (with a fresh period of its own, none for Bronze), both from the day after.
     */
    private static final class RefTier {
        int serial = 1;
        LocalDate periodStart;
        LocalDate validUntil;
        final List<RefBill> bills = new ArrayList<>();
        final Map<String, Integer> moves = new TreeMap<>();

        record RefBill(LocalDate day, BigDecimal signedAmount, boolean regular) {
        }

        void bill(LocalDate day, BigDecimal signedAmount, boolean regular) {
            bills.add(new RefBill(day, signedAmount, regular));
        }

        TierStanding standing() {
            return new TierStanding(serial, periodStart, validUntil);
        }

        void considerUpgrade(LocalDate day, BigDecimal lifetime) {
            int target = serial;
            if (serial < 2 && lifetime.compareTo(new BigDecimal("300")) >= 0) {
                target = 2;
            }
            if (serial < 3 && lifetime.compareTo(new BigDecimal("1500")) >= 0
                    && net(day.minusDays(59), day).compareTo(new BigDecimal("3000")) >= 0) {
                target = 3;
            }
            if (target > serial) {
                serial = target;
                periodStart = day;
                validUntil = periodEnd(day, monthsHeld(target));
                moves.merge("UPGRADE to " + target, 1, Integer::sum);
            }
        }

        void catchUpTo(LocalDate today) {
            while (validUntil != null && today.isAfter(validUntil)) {
                boolean renews = serial == 2
                        ? net(periodStart, validUntil).compareTo(new BigDecimal("1500")) >= 0
                        : regularBills(periodStart, validUntil) >= 4;
                LocalDate next = validUntil.plusDays(1);
                if (renews) {
                    moves.merge("RENEW " + serial, 1, Integer::sum);
                } else {
                    serial--;
                    moves.merge("DOWNGRADE to " + serial, 1, Integer::sum);
                }
                periodStart = next;
                validUntil = serial == 1 ? null : periodEnd(next, monthsHeld(serial));
            }
        }

        private static int monthsHeld(int serial) {
            return serial == 2 ? 3 : 2;
        }

        private static LocalDate periodEnd(LocalDate start, int months) {
            YearMonth month = YearMonth.from(start).plusMonths(months);
            return month.isValidDay(start.getDayOfMonth())
                    ? month.atDay(start.getDayOfMonth()).minusDays(1)
                    : month.atEndOfMonth();
        }

        private BigDecimal net(LocalDate from, LocalDate to) {
            BigDecimal sum = bills.stream().filter(b -> !b.day().isBefore(from) && !b.day().isAfter(to))
                    .map(RefBill::signedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return sum.max(BigDecimal.ZERO);
        }

        private long regularBills(LocalDate from, LocalDate to) {
            return bills.stream().filter(b -> b.regular() && !b.day().isBefore(from) && !b.day().isAfter(to))
                    .count();
        }
    }

    private static final class RefLot {
        final int seq;
        final BillRef bill;
        final LocalDate expiresOn;
        final LocalDate availableFrom;
        BigDecimal remaining;

        RefLot(int seq, BillRef bill, LocalDate expiresOn, LocalDate availableFrom, BigDecimal points) {
            this.seq = seq;
            this.bill = bill;
            this.expiresOn = expiresOn;
            this.availableFrom = availableFrom;
            this.remaining = points;
        }

        boolean expiredOn(LocalDate day) {
            return expiresOn != null && day.isAfter(expiresOn);
        }

        boolean delayedOn(LocalDate day) {
            return availableFrom != null && day.isBefore(availableFrom);
        }

        boolean spendableOn(LocalDate day) {
            return remaining.signum() > 0 && !expiredOn(day) && !delayedOn(day);
        }
    }
}
