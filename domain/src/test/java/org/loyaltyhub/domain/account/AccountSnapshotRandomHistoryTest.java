package org.loyaltyhub.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.domain.program.ProgramFixtures.all;
import static org.loyaltyhub.domain.program.ProgramFixtures.any;
import static org.loyaltyhub.domain.program.ProgramFixtures.entry;
import static org.loyaltyhub.domain.program.ProgramFixtures.lifetime;
import static org.loyaltyhub.domain.program.ProgramFixtures.program;
import static org.loyaltyhub.domain.program.ProgramFixtures.rates;
import static org.loyaltyhub.domain.program.ProgramFixtures.slab;
import static org.loyaltyhub.domain.program.ProgramFixtures.tracker;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.program.Criterion;
import org.loyaltyhub.domain.program.CriterionMetric;
import org.loyaltyhub.domain.program.ExpiryRule;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.DomainException;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.TierStanding;

/**
 * A snapshot taken after any event is exactly what a replay of the stored history, caught up to a later day,
 * shows on every day through its last stable day, and no longer on the day after: random histories of bills,
 * returns, redemptions, adjustments and delayed awards, with expiring points and expiring slabs. Fixed seeds.
 */
class AccountSnapshotRandomHistoryTest {
    private static final int HISTORIES = 120;
    private static final int STEPS = 40;
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

    /** What stored history holds; a read replays it. */
    private static final class Stored {
        final List<LedgerEntry> entries = new ArrayList<>();
        final List<Purchase> purchases = new ArrayList<>();
        final List<SlabChange> slabChanges = new ArrayList<>();

        void add(AccountChanges changes) {
            entries.addAll(changes.ledgerEntries());
            purchases.addAll(changes.purchases());
            slabChanges.addAll(changes.slabChanges());
        }
    }

    /** The figures a lookup on {@code day} shows when it replays the stored history. */
    private static AccountSnapshot replayedOn(Program program, ZoneId zone, Stored stored, LocalDate day) {
        LoyaltyAccount replay = LoyaltyAccount.reconstitute(program, zone, stored.entries, stored.purchases,
                stored.slabChanges);
        replay.catchUpTo(day.atStartOfDay(zone).toInstant());
        TierStanding standing = replay.standing();
        return new AccountSnapshot(replay.ledger().balanceOn(day), day, replay.cumulativePurchases(), standing.serial(),
                standing.validUntil(), null);
    }

    private static void assertShows(AccountSnapshot snapshot, AccountSnapshot replayed, String what) {
        assertThat(replayed.balance()).as("balance " + what).isEqualTo(snapshot.balance());
        assertThat(replayed.cumulativePurchases()).as("purchases " + what).isEqualTo(snapshot.cumulativePurchases());
        assertThat(replayed.slabSerial()).as("slab " + what).isEqualTo(snapshot.slabSerial());
        assertThat(replayed.slabValidUntil()).as("slab validity " + what).isEqualTo(snapshot.slabValidUntil());
    }

    private static boolean differs(AccountSnapshot snapshot, AccountSnapshot replayed) {
        return !replayed.balance().equals(snapshot.balance()) || replayed.slabSerial() != snapshot.slabSerial()
                || !java.util.Objects.equals(replayed.slabValidUntil(), snapshot.slabValidUntil());
    }

    @Test
    void aSnapshotShowsWhatAReplayShowsThroughItsLastStableDayAndNotAfter() {
        int checkedDays = 0;
        int bounded = 0;
        for (int seed = 1; seed <= HISTORIES; seed++) {
            Random random = new Random(seed);
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            Program program = programExpiring(EXPIRY_RULES.get(random.nextInt(EXPIRY_RULES.size())));
            LoyaltyAccount account = LoyaltyAccount.open(program, zone);
            Stored stored = new Stored();
            List<BillRef> bills = new ArrayList<>();
            Instant at = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(86_400));
            for (int step = 0; step < STEPS; step++) {
                at = at.plus(Duration.ofDays(random.nextInt(20))).plusSeconds(random.nextInt(86_400));
                LocalDate today = LocalDate.ofInstant(at, zone);
                apply(random, account, at, today, step, bills);
                account.catchUpTo(at); // as a write does before it stores
                AccountSnapshot snapshot = account.snapshotOn(today);
                stored.add(account.drainChanges());
                String where = "seed " + seed + " step " + step + " (" + today + ")";

                assertShows(snapshot, replayedOn(program, zone, stored, today), "on its day, " + where);
                LocalDate last = snapshot.stableUntil();
                LocalDate horizon = today.plusDays(400);
                LocalDate end = last == null || last.isAfter(horizon) ? horizon : last;
                for (LocalDate day = today.plusDays(1 + random.nextInt(7)); !day.isAfter(end);
                     day = day.plusDays(1 + random.nextInt(15))) {
                    assertThat(snapshot.holdsOn(day)).isTrue();
                    assertShows(snapshot, replayedOn(program, zone, stored, day), "on " + day + ", " + where);
                    checkedDays++;
                }
                if (last != null) {
                    assertShows(snapshot, replayedOn(program, zone, stored, last), "on its last day, " + where);
                    assertThat(snapshot.holdsOn(last.plusDays(1))).isFalse();
                    assertThat(differs(snapshot, replayedOn(program, zone, stored, last.plusDays(1))))
                            .as("something changes the day after its last stable day %s, %s", last, where).isTrue();
                    bounded++;
                }
            }
        }
        assertThat(checkedDays).as("later days checked").isGreaterThan(5_000);
        assertThat(bounded).as("snapshots with a last stable day").isGreaterThan(1_000);
    }

    private static void apply(Random random, LoyaltyAccount account, Instant at, LocalDate today, int step,
                              List<BillRef> bills) {
        int dice = random.nextInt(100);
        try {
            if (dice < 40) {
                Money amount = new Money(BigDecimal.valueOf(4L * (25 + random.nextInt(50_000)), 2));
                BillRef bill = new BillRef("S" + random.nextInt(3), "B" + step);
                account.recordPurchase(new Purchase(null, bill, TransactionType.REGULAR, amount, at, "T1", null));
                bills.add(bill);
            } else if (dice < 50 && !bills.isEmpty()) {
                BillRef original = bills.get(random.nextInt(bills.size()));
                account.recordPurchase(new Purchase(null, new BillRef("S9", "R" + step), TransactionType.RETURN,
                        new Money(BigDecimal.valueOf(1 + random.nextInt(20_000), 2)), at, "T1", original));
            } else if (dice < 65) {
                account.redeem(new Points(BigDecimal.valueOf(1 + random.nextInt(100_000), 3)), at, "S1");
            } else if (dice < 75) {
                BigDecimal points = BigDecimal.valueOf(1 + random.nextInt(100_000), 3);
                account.adjust(new Points(random.nextBoolean() ? points : points.negate()), at, "random");
            } else if (dice < 90) {
                LocalDate availableFrom = random.nextBoolean() ? null : today.plusDays(random.nextInt(30));
                account.award(new Points(BigDecimal.valueOf(1 + random.nextInt(300_000), 3)), at, availableFrom, "S1",
                        "random");
            }
            // otherwise time passes
        } catch (DomainException refused) {
            // more than is spendable, or a return beyond the bill: nothing was recorded
        }
    }
}
