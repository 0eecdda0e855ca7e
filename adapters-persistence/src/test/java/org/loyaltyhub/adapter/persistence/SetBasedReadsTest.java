package org.loyaltyhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.port.out.contract.ContractFixtures.ZONE;
import static org.loyaltyhub.application.port.out.contract.ContractFixtures.daysAfterT0;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.application.port.out.contract.ContractFixtures;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.SlabChangeType;

/**
 * Counts the SQL statements that reach the database: a lookup costs the same few queries for one
 * customer as for twenty (no query per row), a list is written in one batch, and a read unit of work
 * runs on one connection.
 */
@MicronautTest(transactional = false)
@Property(name = "loyaltyhub.test.count-statements", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SetBasedReadsTest implements TestDatabase {
    private static final int BATCH = 20;

    @Inject
    StatementCounter counter;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Orgs orgs;
    @Inject
    Customers customers;
    @Inject
    PointsLedgers ledgers;
    @Inject
    Purchases purchases;
    @Inject
    SlabHistories slabHistories;
    @Inject
    Coupons coupons;
    @Inject
    PointsBalances balances;

    private OrgSetup org;
    private final List<Customer> stored = new ArrayList<>();

    /** Twenty customers, each with cards, fields, bills, ledger entries, a slab change and coupons. */
    @BeforeAll
    void storeCustomersWithHistory() {
        org = ContractFixtures.fullOrgSetup();
        ProgramId program = org.defaultProgram().id();
        unitOfWork.write(() -> {
            orgs.add(org);
            for (int n = 1; n <= BATCH; n++) {
                Customer customer = customers.add(ContractFixtures.newCustomer(org.org().id(), n));
                CustomerId id = customer.requireId();
                stored.add(customer);
                purchases.add(id, program, List.of(bill("B-" + n + "-1", 1), bill("B-" + n + "-2", 2),
                        bill("B-" + n + "-3", 3)));
                ledgers.append(id, List.of(
                        new LedgerEntry(program, EntryKind.EARN, Points.of(10), daysAfterT0(1), null, null,
                                new BillRef("S1", "B-" + n + "-1"), "S1", null),
                        new LedgerEntry(program, EntryKind.REDEEM, Points.of(5), daysAfterT0(2), null, null, null,
                                "S1", null)));
                slabHistories.append(id, List.of(new SlabChange(program, SlabChangeType.UPGRADE, 1, 2,
                        daysAfterT0(3), null, "S1", "up")));
                Coupon coupon = org.couponSeries().get(1).issue("C-" + n, id, daysAfterT0(1), "S1-T1", ZONE, List.of());
                coupon.redeem(id, daysAfterT0(2), ZONE, "S1-T1", "B-" + n + "-2");
                coupons.add(org.org().id(), coupon);
                coupons.add(org.org().id(),
                        org.couponSeries().get(1).issue("D-" + n, id, daysAfterT0(2), "S1-T1", ZONE, List.of()));
            }
            return null;
        });
    }

    private static Purchase bill(String number, int day) {
        return new Purchase(null, new BillRef("S1", number), TransactionType.REGULAR, Money.of("10"),
                daysAfterT0(day), "S1-T1", null);
    }

    private List<CustomerId> ids(int count) {
        return stored.subList(0, count).stream().map(Customer::requireId).toList();
    }

    private List<String> mobiles(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> String.format("4470090%04d", n)).toList();
    }

    private List<String> cardNumbers(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> "CARD-" + n).toList();
    }

    /** Runs the work and answers how many statements it executed, checking it found what it should. */
    private <T> int statementsFor(Supplier<T> work) {
        counter.reset();
        work.get();
        return counter.statementsExecuted().size();
    }

    @Test
    void findingCustomersCostsOneQueryPlusOneForAllChildRowsWhateverTheBatchSize() {
        assertThat(customers.findBy(org.org().id(), IdentifierType.MOBILE, mobiles(BATCH))).hasSize(BATCH);

        int forOne = statementsFor(() -> customers.findBy(org.org().id(), IdentifierType.MOBILE, mobiles(1)));
        int forAll = statementsFor(() -> customers.findBy(org.org().id(), IdentifierType.MOBILE, mobiles(BATCH)));

        assertThat(forOne).as(counter.statementsExecuted().toString()).isEqualTo(2);
        assertThat(forAll).as(counter.statementsExecuted().toString()).isEqualTo(2);
    }

    @Test
    void findingCustomersByCardAlsoCostsTwoQueries() {
        assertThat(customers.findBy(org.org().id(), IdentifierType.CARD_NUMBER, cardNumbers(BATCH))).hasSize(BATCH);

        int forAll = statementsFor(() ->
                customers.findBy(org.org().id(), IdentifierType.CARD_NUMBER, cardNumbers(BATCH)));

        assertThat(forAll).as(counter.statementsExecuted().toString()).isEqualTo(2);
    }

    @Test
    void eachSectionOfABatchIsReadInOneQuery() {
        List<CustomerId> all = ids(BATCH);
        assertThat(ledgers.entriesOf(all)).hasSize(BATCH);
        assertThat(slabHistories.historyOf(all)).hasSize(BATCH);
        assertThat(purchases.recentOf(all, Set.of(TransactionType.REGULAR), 2).values())
                .hasSize(BATCH).allSatisfy(bills -> assertThat(bills).hasSize(2));
        assertThat(purchases.netTotalsOf(all)).hasSize(BATCH);
        assertThat(coupons.ofCustomers(all).values())
                .hasSize(BATCH).allSatisfy(list -> assertThat(list).hasSize(2));

        for (int size : new int[] {1, BATCH}) {
            List<CustomerId> batch = ids(size);
            assertThat(statementsFor(() -> ledgers.entriesOf(batch))).isEqualTo(1);
            assertThat(statementsFor(() -> slabHistories.historyOf(batch))).isEqualTo(1);
            assertThat(statementsFor(() -> purchases.recentOf(batch, Set.of(TransactionType.REGULAR), 10)))
                    .isEqualTo(1);
            assertThat(statementsFor(() -> purchases.netTotalsOf(batch))).isEqualTo(1);
            // The coupons, then all their redemptions.
            assertThat(statementsFor(() -> coupons.ofCustomers(batch))).isEqualTo(2);
        }
    }

    @Test
    void findingAnOrgReadsEachOfItsEightTablesOnce() {
        assertThat(statementsFor(() -> orgs.find(org.org().id()))).isEqualTo(8);
    }

    @Test
    void aListIsWrittenInOneBatchedStatement() {
        CustomerId id = stored.get(0).requireId();
        ProgramId program = org.defaultProgram().id();
        List<Purchase> bills = IntStream.rangeClosed(1, 10).mapToObj(n -> bill("BATCH-" + n, 20 + n)).toList();
        List<LedgerEntry> entries = IntStream.rangeClosed(1, 10).mapToObj(n -> new LedgerEntry(program,
                EntryKind.ADJUST_CREDIT, Points.of(n), daysAfterT0(30 + n), null, null, null, null, "batch")).toList();

        assertThat(statementsFor(() -> purchases.add(id, program, bills)))
                .as(counter.statementsExecuted().toString()).isEqualTo(1);
        assertThat(statementsFor(() -> {
            ledgers.append(id, entries);
            return null;
        })).as(counter.statementsExecuted().toString()).isEqualTo(1);
        // The customer's row, then one batch for each of cards, custom fields and extended fields.
        assertThat(statementsFor(() -> customers.add(ContractFixtures.newCustomer(org.org().id(), 99))))
                .as(counter.statementsExecuted().toString()).isEqualTo(4);
        // One insert per table of the org's configuration.
        assertThat(statementsFor(() -> {
            orgs.add(ContractFixtures.fullOrgSetup());
            return null;
        })).as(counter.statementsExecuted().toString()).isEqualTo(8);
    }

    @Test
    void aReadUnitOfWorkRunsAllItsQueriesOnOneConnection() {
        List<CustomerId> batch = ids(BATCH);
        counter.reset();

        unitOfWork.read(() -> {
            customers.findBy(org.org().id(), IdentifierType.MOBILE, mobiles(BATCH));
            ledgers.entriesOf(batch);
            purchases.recentOf(batch, Set.of(TransactionType.REGULAR), 10);
            return coupons.ofCustomers(batch);
        });

        assertThat(counter.statementsExecuted()).hasSize(6);
        assertThat(counter.connectionsTaken()).isEqualTo(1);
    }

    @Test
    void theWriteSidesLookupsCostOneQueryEachAndALockReadsLikeAFind() {
        List<CustomerId> batch = ids(BATCH);
        CustomerId first = batch.get(0);
        ProgramId program = org.defaultProgram().id();
        LocalDate day = LocalDate.of(2024, 3, 1);
        for (CustomerId id : batch) {
            balances.save(id, program, PointsBalance.EMPTY, day);
        }
        assertThat(balances.balancesOf(batch)).hasSize(BATCH);
        assertThat(purchases.isRecorded(org.org().id(), "S1", "B-1-1", TransactionType.REGULAR)).isTrue();
        assertThat(coupons.findByCode(org.org().id(), "C-1").orElseThrow().redemptions()).hasSize(1);

        assertThat(statementsFor(() -> balances.balancesOf(batch))).isEqualTo(1);
        assertThat(statementsFor(() -> {
            balances.save(first, program, PointsBalance.EMPTY, day);
            return null;
        })).isEqualTo(1);
        assertThat(statementsFor(() -> purchases.isRecorded(org.org().id(), "S1", "B-1-1", TransactionType.REGULAR)))
                .isEqualTo(1);
        assertThat(statementsFor(() -> purchases.lineItemsOf(List.of(1L, 2L, 3L)))).isEqualTo(1);
        // The coupon, then its redemptions.
        assertThat(statementsFor(() -> coupons.findByCode(org.org().id(), "C-1"))).isEqualTo(2);
        // The locked row, then one query for its child rows, as findBy.
        assertThat(statementsFor(() -> unitOfWork.write(() -> customers.lockForWrite(org.org().id(), first))))
                .as(counter.statementsExecuted().toString()).isEqualTo(2);
        assertThat(statementsFor(() -> customers.loyaltyMembersAfter(org.org().id(), null, 5))).isEqualTo(1);
        List<LedgerEntry> entries = IntStream.rangeClosed(1, 10).mapToObj(n -> new LedgerEntry(program,
                EntryKind.ADJUST_CREDIT, Points.of(n), daysAfterT0(50 + n), null, null, null, null, "batch")).toList();
        assertThat(statementsFor(() -> ledgers.appendReturningIds(first, entries)))
                .as(counter.statementsExecuted().toString()).isEqualTo(1);
    }

    /** A lookup answered from snapshots reads them and the points of the shown bills, one query each. */
    @Test
    void snapshotsAndThePointsOfShownBillsCostOneQueryEachWhateverTheBatchSize() {
        ProgramId program = org.defaultProgram().id();
        LocalDate day = LocalDate.of(2024, 3, 1);
        for (CustomerId id : ids(BATCH)) {
            balances.save(id, program, AccountSnapshot.opening(day));
        }

        for (int size : new int[] {1, BATCH}) {
            List<CustomerId> batch = ids(size);
            Map<CustomerId, List<BillRef>> shownBills = batch.stream().collect(Collectors.toMap(id -> id,
                    id -> List.of(new BillRef("S1", "B-" + (ids(BATCH).indexOf(id) + 1) + "-1"),
                            new BillRef("S1", "B-" + (ids(BATCH).indexOf(id) + 1) + "-2"))));
            assertThat(balances.snapshotsOf(batch)).hasSize(size);
            assertThat(ledgers.pointsEarnedBy(shownBills)).hasSize(size)
                    .allSatisfy((id, earned) -> assertThat(earned.values()).containsExactly(Points.of(10)));

            assertThat(statementsFor(() -> balances.snapshotsOf(batch))).isEqualTo(1);
            assertThat(statementsFor(() -> ledgers.pointsEarnedBy(shownBills))).isEqualTo(1);
        }
        assertThat(statementsFor(() -> {
            balances.save(ids(1).get(0), program, AccountSnapshot.opening(day));
            return null;
        })).isEqualTo(1);
    }
}
