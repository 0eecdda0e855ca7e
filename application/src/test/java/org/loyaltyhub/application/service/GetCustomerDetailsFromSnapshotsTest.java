package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.service.WriteFixture.ORG;
import static org.loyaltyhub.application.service.WriteFixture.PARTNER;
import static org.loyaltyhub.application.service.WriteFixture.REWARDS;
import static org.loyaltyhub.application.service.WriteFixture.mobile;
import static org.loyaltyhub.application.service.WriteFixture.returnOf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.CustomerDetails;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.CustomerLookupItem;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.application.port.in.HistoryEvent;
import org.loyaltyhub.application.port.in.LookupOptions;
import org.loyaltyhub.application.port.in.LookupSections;
import org.loyaltyhub.application.port.in.OrgImport;
import org.loyaltyhub.application.port.in.ProgramSummary;
import org.loyaltyhub.application.port.in.TransactionView;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.PointsRedemptionCommand;
import org.loyaltyhub.application.port.in.write.TransactionCommand;
import org.loyaltyhub.application.port.in.write.WriteRefusedException;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;

/**
 * A lookup that shows no list only the whole history gives reads a customer's stored account snapshots
 * while they hold, and the points of the bills it shows, instead of the customer's whole ledger, bills and
 * slab history; it then answers exactly what a replay of the history answers. When a snapshot no longer holds
 * (points expired, a slab's validity ended, a delayed credit became spendable) or is missing, the history is
 * replayed as before.
 */
class GetCustomerDetailsFromSnapshotsTest {
    private static final String RITA = "919800000001";
    private static final String SAM = "919800000003";
    private static final String NINA = "919800000002";

    private final WriteFixture f = new WriteFixture();

    private static CustomerLookupQuery query(LookupOptions options, String... mobiles) {
        return query(ORG, options, mobiles);
    }

    private static CustomerLookupQuery query(OrgId org, LookupOptions options, String... mobiles) {
        return new CustomerLookupQuery(org, IdentifierType.MOBILE, List.of(mobiles), LookupSections.DEFAULTS,
                CustomerLookupQuery.DEFAULT_TRANSACTION_LIMIT, options);
    }

    /** What a default lookup asks for: no slab history, expiry schedule, expired points, promotions, delays. */
    private static final LookupOptions DEFAULT = LookupOptions.DEFAULTS.withoutLedgerDetails();

    private static List<CustomerDetails> read(GetCustomerDetailsService service, CustomerLookupQuery query) {
        return service.getCustomerDetails(query).items().stream().map(CustomerLookupItem::details)
                .map(Optional::orElseThrow).toList();
    }

    /** The answer from snapshots, checked to equal the answer a replay of the history gives. */
    private List<CustomerDetails> readChecked(CustomerLookupQuery query) {
        List<CustomerDetails> stored = read(f.storedDetails, query);
        List<CustomerDetails> replayed = read(f.details, query);
        assertThat(stored).hasSameSizeAs(replayed);
        for (int i = 0; i < stored.size(); i++) {
            assertThat(stored.get(i).programs()).as("programs of %s", query.values().get(i))
                    .isEqualTo(replayed.get(i).programs());
            assertThat(stored.get(i).transactions()).as("bills of %s", query.values().get(i))
                    .isEqualTo(replayed.get(i).transactions());
        }
        return stored;
    }

    /** How often each kind of read was made so far. */
    private record Reads(int ledgers, int billPoints, int slabHistories, int purchaseHistories, int snapshots) {
        Reads minus(Reads before) {
            return new Reads(ledgers - before.ledgers, billPoints - before.billPoints,
                    slabHistories - before.slabHistories, purchaseHistories - before.purchaseHistories,
                    snapshots - before.snapshots);
        }
    }

    private Reads reads() {
        return new Reads(f.store.ledgers.reads, f.store.ledgers.billReads, f.store.slabHistories.reads,
                f.store.purchases.historyReads, f.store.balances.snapshotReads);
    }

    private Reads readsOf(Runnable lookup) {
        Reads before = reads();
        lookup.run();
        return reads().minus(before);
    }

    /** Reads the stored snapshots and the shown bills' points, nothing that grows with the history. */
    private static final Reads FROM_SNAPSHOTS = new Reads(0, 1, 0, 0, 1);
    /**
     * Reads the stored snapshots, finds one that does not hold, and replays the history: the whole ledger,
     * slab history and net totals (and every bill when a slab's validity ended).
     */
    private static void assertReplayed(Reads reads) {
        assertThat(reads.snapshots()).as("snapshot reads").isEqualTo(1);
        assertThat(reads.ledgers()).as("ledger reads").isEqualTo(1);
        assertThat(reads.slabHistories()).as("slab history reads").isEqualTo(1);
        assertThat(reads.purchaseHistories()).as("bill history reads").isBetween(1, 2);
        assertThat(reads.billPoints()).as("bill point reads").isZero();
    }

    private static PointsRedemptionCommand redeem(String mobile, String points) {
        return new PointsRedemptionCommand(mobile(mobile), new BigDecimal(points), null, null, null);
    }

    /** {@code bills} bills, one every 20 hours, with a return and a redemption on the way. */
    private void longHistory(String mobile, int bills) {
        longHistory(mobile, bills, "B");
    }

    /** As {@link #longHistory(String, int)}, bill numbers starting with {@code prefix}. */
    private void longHistory(String mobile, int bills, String prefix) {
        f.member(mobile);
        for (int i = 1; i <= bills; i++) {
            f.clock.advance(Duration.ofHours(20));
            f.bill(mobile, prefix + i, String.valueOf(20 + i % 37) + ".5");
            if (i == 5) {
                f.transactions.add(f.till1, returnOf(mobile, prefix + "R1", prefix + "3", "10", List.of()));
            }
            if (i == 40) {
                f.points.redeem(f.till1, redeem(mobile, "150"));
            }
        }
    }

    private CustomerId idOf(String mobile) {
        return f.store.customers.findBy(ORG, IdentifierType.MOBILE, List.of(mobile)).get(0).requireId();
    }

    private AccountSnapshot storedSnapshot(String mobile, ProgramId program) {
        CustomerId id = idOf(mobile);
        return f.store.balances.snapshotsOf(List.of(id)).get(id).get(program);
    }

    @Test
    void aLongHistoryIsShownFromItsSnapshotsWithoutReadingTheHistory() {
        longHistory(RITA, 300);

        Reads reads = readsOf(() -> read(f.storedDetails, query(DEFAULT, RITA)));
        CustomerDetails rita = readChecked(query(DEFAULT, RITA)).get(0);

        assertThat(reads).isEqualTo(FROM_SNAPSHOTS);
        ProgramSummary rewards = rita.defaultProgram().orElseThrow();
        assertThat(rewards.currentSlab().name()).isEqualTo("Gold"); // 5,000 of purchases
        assertThat(rewards.slabExpiry()).isPresent();
        assertThat(rewards.balance().redeemed()).isEqualTo(Points.of(150));
        assertThat(rewards.balance().returned()).isEqualTo(Points.of(10));
        assertThat(rewards.cumulativePurchases().value()).isGreaterThan(new BigDecimal("8000"));
        assertThat(rita.programs()).extracting(p -> p.program().id()).containsExactly(REWARDS, PARTNER);
        assertThat(rita.transactions()).hasSize(10);
        assertThat(rita.transactions()).extracting(t -> t.purchase().bill().number()).startsWith("B300", "B299");
        assertThat(rita.transactions()).extracting(TransactionView::points).allMatch(Points::isPositive);
    }

    @Test
    void pointsPastTheirExpiryAreShownByAReplayUntilTheDailyJobStoresThem() {
        longHistory(RITA, 30);
        f.clock.advance(Duration.ofDays(400)); // every lot has expired and Silver's validity has ended
        LocalDate today = f.today();
        assertThat(storedSnapshot(RITA, REWARDS).holdsOn(today)).isFalse();

        Reads beforeTheJob = readsOf(() -> read(f.storedDetails, query(DEFAULT, RITA)));
        ProgramSummary replayed = readChecked(query(DEFAULT, RITA)).get(0).defaultProgram().orElseThrow();

        assertReplayed(beforeTheJob);
        assertThat(replayed.balance().available()).isEqualTo(Points.ZERO);
        assertThat(replayed.balance().expired()).isEqualTo(storedSnapshot(RITA, REWARDS).balance().available());

        f.dailyJobs.run();

        assertThat(storedSnapshot(RITA, REWARDS).asOf()).isEqualTo(today);
        assertThat(readsOf(() -> read(f.storedDetails, query(DEFAULT, RITA)))).isEqualTo(FROM_SNAPSHOTS);
        assertThat(readChecked(query(DEFAULT, RITA)).get(0).defaultProgram().orElseThrow()).isEqualTo(replayed);
    }

    @Test
    void aSlabWhoseValidityEndedIsShownByAReplay() {
        f.member(RITA);
        f.bill(RITA, "B1", "1000"); // Silver until 2025-06-14
        f.transactions.add(f.till1, returnOf(RITA, "R1", "B1", "600", List.of())); // 400 in the period: not renewed
        assertThat(storedSnapshot(RITA, REWARDS).stableUntil()).isEqualTo(SampleOrg.day("2025-06-14"));
        f.clock.advance(Duration.ofDays(364)); // 2025-06-14, the last day of the validity

        assertThat(readsOf(() -> read(f.storedDetails, query(DEFAULT, RITA)))).isEqualTo(FROM_SNAPSHOTS);
        assertThat(readChecked(query(DEFAULT, RITA)).get(0).defaultProgram().orElseThrow().currentSlab().name())
                .isEqualTo("Silver");

        f.clock.advance(Duration.ofDays(1));

        assertReplayed(readsOf(() -> read(f.storedDetails, query(DEFAULT, RITA))));
        assertThat(readChecked(query(DEFAULT, RITA)).get(0).defaultProgram().orElseThrow().currentSlab().name())
                .isEqualTo("Blue");
    }

    @Test
    void aDelayedCreditBecomingSpendableIsShownByAReplayUntilTheDailyJobStoresItAnew() {
        OrgId org2 = new OrgId(2);
        Instant now = f.clock.now();
        ImportOrgService importer = new ImportOrgService(f.store.unitOfWork, f.store.orgs, f.store.apiUsers,
                f.store.customers, f.store.ledgers, f.store.purchases, f.store.slabHistories, f.store.coupons,
                f.store.balances, f.clock);
        LocalDate availableFrom = f.today().plusDays(5);
        importer.importOrg(new OrgImport(SampleOrg.setup(2), List.of(), List.of(new CustomerImport(
                SampleOrg.customer(2, SAM, null, null, now.minus(Duration.ofDays(30))), List.of(
                        new HistoryEvent.PromotionAward(null, Points.of(75), now.minus(Duration.ofDays(1)),
                                availableFrom, SampleOrg.STORE, "welcome"))))));

        ProgramSummary before = readChecked(query(org2, DEFAULT, SAM)).get(0).defaultProgram().orElseThrow();
        assertThat(before.balance().delayed()).isEqualTo(Points.of(75));
        Reads snapshotOnly = new Reads(0, 0, 0, 0, 1); // no bill to show
        assertThat(readsOf(() -> read(f.storedDetails, query(org2, DEFAULT, SAM)))).isEqualTo(snapshotOnly);

        f.clock.advance(Duration.ofDays(5));

        assertReplayed(readsOf(() -> read(f.storedDetails, query(org2, DEFAULT, SAM))));
        ProgramSummary after = readChecked(query(org2, DEFAULT, SAM)).get(0).defaultProgram().orElseThrow();
        assertThat(after.balance().available()).isEqualTo(Points.of(75));
        assertThat(after.balance().delayed()).isEqualTo(Points.ZERO);

        int writes = f.store.writes();
        f.dailyJobs.run(); // nothing expires or renews: only the snapshot that stopped holding is stored anew

        assertThat(f.store.writes()).isEqualTo(writes + 1);
        assertThat(readsOf(() -> read(f.storedDetails, query(org2, DEFAULT, SAM)))).isEqualTo(snapshotOnly);
        assertThat(readChecked(query(org2, DEFAULT, SAM)).get(0).defaultProgram().orElseThrow()).isEqualTo(after);

        writes = f.store.writes();
        f.dailyJobs.run();

        assertThat(f.store.writes()).as("a second run the same day").isEqualTo(writes);
    }

    @Test
    void aMissingSnapshotIsReplayedAndTheDailyJobStoresIt() {
        longHistory(RITA, 12);
        f.store.balances.forgetSnapshot(idOf(RITA), PARTNER); // as stored before snapshots existed

        assertReplayed(readsOf(() -> read(f.storedDetails, query(DEFAULT, RITA))));
        readChecked(query(DEFAULT, RITA));

        f.dailyJobs.run();

        assertThat(storedSnapshot(RITA, PARTNER)).isEqualTo(AccountSnapshot.opening(f.today()));
        assertThat(readsOf(() -> read(f.storedDetails, query(DEFAULT, RITA)))).isEqualTo(FROM_SNAPSHOTS);
        readChecked(query(DEFAULT, RITA));
    }

    @Test
    void onlyTheProgramsShownNeedASnapshotThatHolds() {
        longHistory(RITA, 12);
        f.store.balances.forgetSnapshot(idOf(RITA), PARTNER);
        LookupOptions rewardsOnly = new LookupOptions(Optional.of(REWARDS), OptionalInt.empty(), OptionalInt.empty(),
                false, null, null, null, false, false);

        assertThat(readsOf(() -> read(f.storedDetails, query(rewardsOnly, RITA)))).isEqualTo(FROM_SNAPSHOTS);
        assertThat(readChecked(query(rewardsOnly, RITA)).get(0).programs()).extracting(p -> p.program().id())
                .containsExactly(REWARDS);
        assertReplayed(readsOf(() -> read(f.storedDetails, query(DEFAULT, RITA))));
    }

    @Test
    void listsOnlyTheHistoryGivesGapsAndTrackersAreReplayedWithoutReadingSnapshots() {
        longHistory(RITA, 40); // Silver after about 1,000 of purchases
        LookupOptions withGap = new LookupOptions(Optional.empty(), OptionalInt.of(10), OptionalInt.empty(), false,
                null, null, null, false, false);
        LookupOptions withTrackers = new LookupOptions(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                true, null, null, null, false, false);

        Reads withDetails = readsOf(() -> read(f.storedDetails, query(LookupOptions.DEFAULTS, RITA)));
        CustomerDetails rita = read(f.storedDetails, query(LookupOptions.DEFAULTS, RITA)).get(0);

        assertThat(withDetails).isEqualTo(new Reads(1, 0, 1, 1, 0));
        assertThat(rita.defaultProgram().orElseThrow().details().slabHistory()).isNotEmpty();
        assertThat(rita.defaultProgram().orElseThrow().details().expirySchedule()).isNotEmpty();
        assertThat(readsOf(() -> readChecked(query(withGap, RITA)))).extracting(Reads::snapshots).isEqualTo(0);
        assertThat(readsOf(() -> readChecked(query(withTrackers, RITA)))).extracting(Reads::snapshots).isEqualTo(0);
        assertThat(read(f.storedDetails, query(withGap, RITA)).get(0).defaultProgram().orElseThrow().details()
                .gapToUpgrade()).isPresent();
    }

    @Test
    void withoutLedgerDetailsTheirListsAreEmptyEvenWhenTheHistoryIsReplayed() {
        longHistory(RITA, 12);

        ProgramSummary replayed = read(f.details, query(DEFAULT, RITA)).get(0).defaultProgram().orElseThrow();

        assertThat(replayed.details().slabHistory()).isEmpty();
        assertThat(replayed.details().expirySchedule()).isEmpty();
        assertThat(replayed.details().promotions()).isEmpty();
    }

    @Test
    void aBatchReplaysOnlyTheCustomersWhoseSnapshotsDoNotHold() {
        longHistory(RITA, 15);
        longHistory(SAM, 15, "S");
        f.register.register(f.till1, WriteFixture.nonMember(NINA));
        f.bill(NINA, "N1", "250");
        f.store.balances.forgetSnapshot(idOf(SAM), REWARDS);

        Reads reads = readsOf(() -> read(f.storedDetails, query(DEFAULT, RITA, SAM, NINA)));
        List<CustomerDetails> found = readChecked(query(DEFAULT, RITA, SAM, NINA));

        assertThat(reads).isEqualTo(new Reads(1, 1, 1, 1, 1));
        assertThat(found.get(2).programs()).isEmpty();
        assertThat(found.get(2).transactions()).singleElement().satisfies(t -> {
            assertThat(t.purchase().bill().number()).isEqualTo("N1");
            assertThat(t.points()).isEqualTo(Points.ZERO);
        });
    }

    @Test
    void aNonMemberIsShownWithoutReadingAnyLedger() {
        f.register.register(f.till1, WriteFixture.nonMember(NINA));
        f.bill(NINA, "N1", "250");

        assertThat(readsOf(() -> read(f.storedDetails, query(DEFAULT, NINA)))).isEqualTo(new Reads(0, 1, 0, 0, 0));
        assertThat(readChecked(query(DEFAULT, NINA)).get(0).transactions()).extracting(TransactionView::points)
                .containsExactly(Points.ZERO);
    }

    @Test
    void aNonMemberWhoJoinsHasSnapshotsThatCountItsEarlierBills() {
        f.register.register(f.till1, WriteFixture.nonMember(NINA));
        f.bill(NINA, "N1", "250");
        f.update.update(f.till1, mobile(NINA), new CustomerProfile(null, null, null, null, null, CustomerType.LOYALTY,
                null, null, null, null, null));

        assertThat(readsOf(() -> read(f.storedDetails, query(DEFAULT, NINA)))).isEqualTo(FROM_SNAPSHOTS);
        ProgramSummary rewards = readChecked(query(DEFAULT, NINA)).get(0).defaultProgram().orElseThrow();
        assertThat(rewards.cumulativePurchases()).isEqualTo(Money.of("250"));
        assertThat(rewards.balance().lifetime()).isEqualTo(Points.ZERO);
    }

    /**
     * Random writes to a few customers over two years, the daily jobs now and then: after every write, every
     * customer reads the same from snapshots as from a replay, and most reads come from snapshots.
     */
    @Test
    void randomWritesOverTimeReadTheSameFromSnapshotsAsFromTheHistory() {
        int fromSnapshots = 0;
        int lookups = 0;
        for (int seed = 1; seed <= 12; seed++) {
            WriteFixture w = new WriteFixture();
            Random random = new Random(seed);
            List<String> mobiles = List.of("919810000001", "919810000002", "919810000003", "919810000004");
            w.member(mobiles.get(0));
            w.member(mobiles.get(1));
            w.member(mobiles.get(2));
            w.register.register(w.till1, WriteFixture.nonMember(mobiles.get(3)));
            List<List<String>> bills = new ArrayList<>();
            mobiles.forEach(m -> bills.add(new ArrayList<>()));
            for (int step = 0; step < 70; step++) {
                w.clock.advance(Duration.ofHours(random.nextInt(24 * 25)));
                int who = random.nextInt(mobiles.size());
                String mobile = mobiles.get(who);
                int dice = random.nextInt(100);
                try {
                    if (dice < 45) {
                        String number = "B" + seed + "-" + step;
                        ProgramId program = random.nextInt(5) == 0 ? PARTNER : null;
                        w.transactions.add(w.till1, new TransactionCommand(mobile(mobile), TransactionType.REGULAR,
                                number, BigDecimal.valueOf(100 + random.nextInt(90_000), 2), null, null, program, null,
                                null, List.of(), null, null));
                        if (program == null) {
                            bills.get(who).add(number);
                        }
                    } else if (dice < 55 && !bills.get(who).isEmpty()) {
                        String original = bills.get(who).get(random.nextInt(bills.get(who).size()));
                        w.transactions.add(w.till1, returnOf(mobile, "R" + seed + "-" + step, original,
                                String.valueOf(1 + random.nextInt(60)), List.of()));
                    } else if (dice < 70) {
                        w.points.redeem(w.till1, redeem(mobile, String.valueOf(1 + random.nextInt(400))));
                    } else if (dice < 75) {
                        w.update.update(w.till1, mobile(mobile), new CustomerProfile(null, null, null, null, null,
                                CustomerType.LOYALTY, null, null, null, null, null));
                    } else if (dice < 85) {
                        w.dailyJobs.run();
                    }
                } catch (WriteRefusedException refused) {
                    // more points than are spendable, a return beyond the bill: nothing was stored
                }
                for (String m : mobiles) {
                    CustomerLookupQuery query = query(DEFAULT, m);
                    int ledgerReads = w.store.ledgers.reads;
                    List<CustomerDetails> stored = read(w.storedDetails, query);
                    fromSnapshots += w.store.ledgers.reads == ledgerReads ? 1 : 0;
                    List<CustomerDetails> replayed = read(w.details, query);
                    String where = "seed " + seed + " step " + step + " customer " + m + " on " + w.today();
                    assertThat(stored.get(0).programs()).as(where).isEqualTo(replayed.get(0).programs());
                    assertThat(stored.get(0).transactions()).as(where).isEqualTo(replayed.get(0).transactions());
                    lookups++;
                }
            }
        }
        assertThat(fromSnapshots).as("lookups answered from snapshots, of %s", lookups).isGreaterThan(lookups / 2);
        assertThat(fromSnapshots).as("lookups replayed").isLessThan(lookups);
    }
}
