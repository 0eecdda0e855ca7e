package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.loyaltyhub.application.service.WriteFixture.ORG;
import static org.loyaltyhub.application.service.WriteFixture.PARTNER;
import static org.loyaltyhub.application.service.WriteFixture.REWARDS;
import static org.loyaltyhub.application.service.WriteFixture.line;
import static org.loyaltyhub.application.service.WriteFixture.mobile;
import static org.loyaltyhub.application.service.WriteFixture.regularAt;
import static org.loyaltyhub.application.service.WriteFixture.returnOf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.ProgramStanding;
import org.loyaltyhub.application.port.in.write.TransactionCommand;
import org.loyaltyhub.application.port.in.write.TransactionRecorded;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.LineItem;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.Tender;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.SlabChangeType;

class AddTransactionServiceTest {
    private static final String RITA = "919800000001";

    private final WriteFixture f = new WriteFixture();
    private final CustomerId rita = f.member(RITA).customer().requireId();

    private static TransactionCommand command(String mobile, TransactionType type, String number, String amount,
                                              String storeCode, ProgramId program) {
        return new TransactionCommand(mobile == null ? null : mobile(mobile), type, number,
                amount == null ? null : new BigDecimal(amount), null, storeCode, program, null, null, List.of(), null,
                null);
    }

    @Test
    void aRegularBillEarnsAtTheSlabAndThenUpgrades() {
        TransactionRecorded small = f.bill(RITA, "B1", "400");
        assertThat(small.pointsAwarded()).isEqualTo(Points.of(400));
        assertThat(small.slabChanges()).isEmpty();
        assertThat(small.standing().orElseThrow().slab().name()).isEqualTo("Blue");

        // 400 + 800 = 1200 lifetime points: Silver, after earning 800 at Blue.
        TransactionRecorded silver = f.bill(RITA, "B2", "800");
        assertThat(silver.pointsAwarded()).isEqualTo(Points.of(800));
        assertThat(silver.slabChanges()).extracting(SlabChange::type, SlabChange::fromSerial, SlabChange::toSerial)
                .containsExactly(tuple(SlabChangeType.UPGRADE, 1, 2));
        ProgramStanding standing = silver.standing().orElseThrow();
        assertThat(standing.slab().name()).isEqualTo("Silver");
        assertThat(standing.slabValidUntil()).isEqualTo(SampleOrg.day("2025-06-14"));
        assertThat(standing.balance().available()).isEqualTo(Points.of(1200));

        // Cumulative purchases reach 6200: Gold, after earning at Silver's rate (1).
        TransactionRecorded gold = f.bill(RITA, "B3", "5000");
        assertThat(gold.pointsAwarded()).isEqualTo(Points.of(5000));
        assertThat(gold.slabChanges()).extracting(SlabChange::toSerial).containsExactly(3);

        // Gold earns 2 per unit.
        assertThat(f.bill(RITA, "B4", "100").pointsAwarded()).isEqualTo(Points.of(200));
        assertThat(f.storedBalance(rita, REWARDS).available()).isEqualTo(Points.of(6400));
        assertThat(f.store.slabHistories.historyOf(List.of(rita)).get(rita)).hasSize(2);
        f.assertStoredBalancesMatchTheLedger(rita);
    }

    @Test
    void theBillIsStoredAtTheCallersStoreAndTillWithItsLinesAndTenders() {
        PaymentDetails payment = new PaymentDetails(List.of(new Tender("CARD", Money.of("1000"))), List.of());
        List<LineItem> lines = List.of(line(1, "SKU-1", "600"), line(2, "SKU-2", "400"));
        TransactionRecorded recorded = f.transactions.add(f.till2, new TransactionCommand(mobile(RITA),
                TransactionType.REGULAR, "B1", new BigDecimal("1000"), null, null, null, null, null, lines, payment,
                null));

        Purchase bill = f.store.purchases.historyOf(List.of(rita)).get(rita).get(REWARDS).get(0);
        assertThat(bill.id()).isEqualTo(recorded.transactionId());
        assertThat(bill.bill()).isEqualTo(new BillRef(WriteFixture.STORE_2, "B1"));
        assertThat(bill.tillCode()).isEqualTo(WriteFixture.TILL_2);
        assertThat(bill.at()).isEqualTo(f.clock.now());
        assertThat(f.store.purchases.lineItemsOf(List.of(bill.id()))).containsEntry(bill.id(), lines);
        assertThat(f.store.purchases.paymentDetailsOf(List.of(bill.id()))).containsEntry(bill.id(), payment);
        assertThat(f.store.customers.locked).as("the write took the customer's lock").containsExactly(rita);
    }

    @Test
    void aRetriedBillIsADuplicateThatStoresNothingAndEarnsOnce() {
        f.bill(RITA, "B1", "1200");

        f.assertRefused(WriteRefusal.DUPLICATE_TRANSACTION, "B1", () -> f.bill(RITA, "B1", "1200"));

        assertThat(f.entries(rita)).extracting(LedgerEntry::kind).containsExactly(EntryKind.EARN);
        assertThat(f.storedBalance(rita, REWARDS).available()).isEqualTo(Points.of(1200));
        // The same number at another store, or as a return, is another bill.
        assertThat(f.transactions.add(f.till1, command(RITA, TransactionType.REGULAR, "B1", "10",
                WriteFixture.STORE_2, null)).pointsAwarded()).isEqualTo(Points.of(10));
        assertThat(f.transactions.add(f.till1, returnOf(RITA, "B1", "B1", "100", List.of())).pointsDeducted())
                .isEqualTo(Points.of(100));
    }

    @Test
    void aFullReturnTakesBackWhatTheBillEarned() {
        f.bill(RITA, "B1", "700");
        f.bill(RITA, "B2", "300");

        TransactionRecorded recorded = f.transactions.add(f.till1, returnOf(RITA, "R1", "B1", null, List.of()));

        assertThat(recorded.pointsAwarded()).isEqualTo(Points.ZERO);
        assertThat(recorded.pointsDeducted()).isEqualTo(Points.of(700));
        PointsBalance balance = recorded.standing().orElseThrow().balance();
        assertThat(balance.available()).isEqualTo(Points.of(300));
        assertThat(balance.returned()).isEqualTo(Points.of(700));
        Purchase stored = f.store.purchases.historyOf(List.of(rita)).get(rita).get(REWARDS).get(2);
        assertThat(stored.type()).isEqualTo(TransactionType.RETURN);
        assertThat(stored.amount()).as("the whole original bill").isEqualTo(Money.of("700"));
        assertThat(stored.returnOf()).isEqualTo(new BillRef(SampleOrg.STORE, "B1"));
        f.assertStoredBalancesMatchTheLedger(rita);
    }

    @Test
    void returnsByLineItemAndByAmountTakeBackTheirShareUntilTheBillIsUsedUp() {
        f.transactions.add(f.till1, new TransactionCommand(mobile(RITA), TransactionType.REGULAR, "B1",
                new BigDecimal("1000"), null, null, null, null, null,
                List.of(line(1, "SKU-A", "600"), line(2, "SKU-B", "400")), null, null));

        TransactionRecorded byLine = f.transactions.add(f.till1,
                returnOf(RITA, "R1", "B1", null, List.of(line(1, "SKU-B", "400"))));
        assertThat(byLine.pointsDeducted()).isEqualTo(Points.of(400));
        long returnId = byLine.transactionId();
        assertThat(f.store.purchases.lineItemsOf(List.of(returnId)).get(returnId))
                .extracting(LineItem::itemCode).containsExactly("SKU-B");

        assertThat(f.transactions.add(f.till1, returnOf(RITA, "R2", "B1", "250", List.of())).pointsDeducted())
                .isEqualTo(Points.of(250));

        f.assertRefused(WriteRefusal.INVALID_INPUT, "only 350",
                () -> f.transactions.add(f.till1, returnOf(RITA, "R3", "B1", "351", List.of())));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "SKU-Z",
                () -> f.transactions.add(f.till1, returnOf(RITA, "R3", "B1", null, List.of(line(1, "SKU-Z", "1")))));

        // Without amount or lines: what is left of the bill.
        TransactionRecorded rest = f.transactions.add(f.till1, returnOf(RITA, "R3", "B1", null, List.of()));
        assertThat(rest.pointsDeducted()).isEqualTo(Points.of(350));
        assertThat(rest.standing().orElseThrow().balance().available()).isEqualTo(Points.ZERO);

        f.assertRefused(WriteRefusal.INVALID_INPUT, "returned in full",
                () -> f.transactions.add(f.till1, returnOf(RITA, "R4", "B1", null, List.of())));
        f.assertStoredBalancesMatchTheLedger(rita);
    }

    @Test
    void aReturnOfABillTheCustomerDoesNotHaveIsRefused() {
        f.bill(RITA, "B1", "100");

        f.assertRefused(WriteRefusal.UNKNOWN_BILL, "B9",
                () -> f.transactions.add(f.till1, returnOf(RITA, "R1", "B9", "10", List.of())));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "return_of",
                () -> f.transactions.add(f.till1, returnOf(RITA, "R1", null, "10", List.of())));
        f.assertRefused(WriteRefusal.UNKNOWN_STORE, "nowhere", () -> f.transactions.add(f.till1,
                new TransactionCommand(mobile(RITA), TransactionType.RETURN, "R1", null, null, null, null, "B1",
                        "nowhere", List.of(), null, null)));
    }

    @Test
    void aNotInterestedBillOfAMemberIsRecordedAndEarnsNothing() {
        TransactionRecorded recorded = f.transactions.add(f.till1,
                command(RITA, TransactionType.NOT_INTERESTED, "N1", "500", null, null));

        assertThat(recorded.pointsAwarded()).isEqualTo(Points.ZERO);
        assertThat(f.entries(rita)).isEmpty();
        assertThat(f.store.purchases.historyOf(List.of(rita)).get(rita).get(REWARDS))
                .extracting(Purchase::type).containsExactly(TransactionType.NOT_INTERESTED);
        assertThat(f.storedBalance(rita, REWARDS)).isEqualTo(PointsBalance.EMPTY);
    }

    @Test
    void mixedBillsAreTakenOnlyAsAnyTypeAndAreRecordedEarningNothing() {
        f.assertRefused(WriteRefusal.INVALID_INPUT, "type",
                () -> f.transactions.add(f.till1, command(RITA, TransactionType.MIXED, "M1", "500", null, null)));

        TransactionRecorded mixed = f.transactions.addOfAnyType(f.till1,
                command(RITA, TransactionType.MIXED, "M1", "500", null, null));
        f.transactions.addOfAnyType(f.till1, command(RITA, TransactionType.NI_MIXED, "NM1", "200", null, null));

        assertThat(mixed.pointsAwarded()).isEqualTo(Points.ZERO);
        assertThat(f.entries(rita)).isEmpty();
        assertThat(f.store.purchases.historyOf(List.of(rita)).get(rita).get(REWARDS)).extracting(Purchase::type)
                .containsExactly(TransactionType.MIXED, TransactionType.NI_MIXED);
        // the other rules hold as for transaction/add: a retry is a duplicate
        f.assertRefused(WriteRefusal.DUPLICATE_TRANSACTION, () -> f.transactions.addOfAnyType(f.till1,
                command(RITA, TransactionType.MIXED, "M1", "500", null, null)));
    }

    @Test
    void aNotInterestedBillWithoutACustomerIsStoredAnonymouslyAndCountsForDuplicates() {
        TransactionRecorded recorded = f.transactions.add(f.till1,
                command(null, TransactionType.NOT_INTERESTED, "N1", "300", null, null));

        assertThat(recorded.customer()).isEmpty();
        assertThat(recorded.standing()).isEmpty();
        List<Purchase> anonymous = f.store.purchases.anonymousBills(ORG);
        assertThat(anonymous).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(recorded.transactionId());
            assertThat(p.amount()).isEqualTo(Money.of("300"));
            assertThat(p.tillCode()).isEqualTo(SampleOrg.TILL);
        });
        f.assertRefused(WriteRefusal.DUPLICATE_TRANSACTION, () -> f.transactions.add(f.till1,
                command(null, TransactionType.NOT_INTERESTED, "N1", "300", null, null)));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "customer", () -> f.transactions.add(f.till1,
                command(null, TransactionType.REGULAR, "B1", "300", null, null)));
    }

    @Test
    void aNonMembersBillIsRecordedUnderTheDefaultProgramAndEarnsNothing() {
        CustomerId nina = f.register.register(f.till1, WriteFixture.nonMember("919800000002")).customer().requireId();

        TransactionRecorded recorded = f.bill("919800000002", "B1", "900");

        assertThat(recorded.pointsAwarded()).isEqualTo(Points.ZERO);
        assertThat(recorded.standing()).isEmpty();
        assertThat(f.store.purchases.historyOf(List.of(nina)).get(nina)).containsOnlyKeys(REWARDS);
        assertThat(f.entries(nina)).isEmpty();
        assertThat(f.store.balances.balancesOf(List.of(nina))).isEmpty();
        // and a return of it is checked against the stored bill
        assertThat(f.transactions.add(f.till1, returnOf("919800000002", "R1", "B1", null, List.of()))
                .pointsDeducted()).isEqualTo(Points.ZERO);
    }

    @Test
    void aBillForAnotherProgramEarnsByThatProgramsRule() {
        TransactionRecorded recorded = f.transactions.add(f.till1,
                command(RITA, TransactionType.REGULAR, "P1", "100", null, PARTNER));

        assertThat(recorded.pointsAwarded()).isEqualTo(Points.of(50));
        assertThat(recorded.standing().orElseThrow().program().id()).isEqualTo(PARTNER);
        assertThat(f.storedBalance(rita, PARTNER).available()).isEqualTo(Points.of(50));
        assertThat(f.storedBalance(rita, REWARDS)).as("opening balance untouched").isEqualTo(PointsBalance.EMPTY);
    }

    @Test
    void aBackDatedBillEarnsWhenNothingLaterIsRecordedAndIsRefusedOtherwise() {
        Instant firstOfJune = Instant.parse("2024-06-01T05:00:00Z");
        f.transactions.add(f.till1, regularAt(RITA, "B1", "100", firstOfJune));
        assertThat(f.entries(rita).get(0).expiresOn()).isEqualTo(SampleOrg.day("2025-06-30"));

        f.assertRefused(WriteRefusal.TIME_OUT_OF_ORDER, "back-dated", () -> f.transactions.add(f.till1,
                regularAt(RITA, "B0", "100", firstOfJune.minusSeconds(1))));
        f.assertRefused(WriteRefusal.TIME_OUT_OF_ORDER, "future", () -> f.transactions.add(f.till1,
                regularAt(RITA, "B9", "100", f.clock.now().plusSeconds(60))));
        // at the same instant as the latest event is fine
        f.transactions.add(f.till1, regularAt(RITA, "B2", "100", firstOfJune));
    }

    @Test
    void renewalsAndExpiriesThatFellDueAreWrittenBeforeTheBill() {
        f.bill(RITA, "B1", "1200"); // Silver until 2025-06-14; lot expires 2025-06-30
        f.clock.advance(Duration.ofDays(385)); // 2025-07-05

        TransactionRecorded recorded = f.bill(RITA, "B2", "100");

        assertThat(recorded.slabChanges()).extracting(SlabChange::type).containsExactly(SlabChangeType.RENEW);
        assertThat(f.entries(rita)).extracting(LedgerEntry::kind)
                .containsExactly(EntryKind.EARN, EntryKind.EXPIRE, EntryKind.EARN);
        PointsBalance balance = recorded.standing().orElseThrow().balance();
        assertThat(balance.available()).isEqualTo(Points.of(100));
        assertThat(balance.expired()).isEqualTo(Points.of(1200));
        f.assertStoredBalancesMatchTheLedger(rita);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        f.assertRefused(WriteRefusal.INVALID_INPUT, "number",
                () -> f.transactions.add(f.till1, command(RITA, TransactionType.REGULAR, " ", "10", null, null)));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "amount",
                () -> f.transactions.add(f.till1, command(RITA, TransactionType.REGULAR, "B1", "-1", null, null)));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "amount",
                () -> f.transactions.add(f.till1, command(RITA, TransactionType.REGULAR, "B1", null, null, null)));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "type",
                () -> f.transactions.add(f.till1, command(RITA, TransactionType.MIXED, "B1", "10", null, null)));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "mobile",
                () -> f.transactions.add(f.till1, command("12ab", TransactionType.REGULAR, "B1", "10", null, null)));
        f.assertRefused(WriteRefusal.UNKNOWN_STORE, "nowhere",
                () -> f.transactions.add(f.till1, command(RITA, TransactionType.REGULAR, "B1", "10", "nowhere", null)));
        f.assertRefused(WriteRefusal.UNKNOWN_PROGRAM, "99", () -> f.transactions.add(f.till1,
                command(RITA, TransactionType.REGULAR, "B1", "10", null, new ProgramId(99))));
        f.assertRefused(WriteRefusal.CUSTOMER_NOT_FOUND, "919811111111",
                () -> f.bill("919811111111", "B1", "10"));
        assertThat(f.entries(rita)).isEmpty();
    }

    @Test
    void writesForAnErasedCustomerAreRefused() {
        f.bill(RITA, "B1", "100");
        f.erase.erase(f.till1, mobile(RITA));

        f.assertRefused(WriteRefusal.CUSTOMER_ERASED, () -> f.bill(RITA, "B2", "100"));
        f.assertRefused(WriteRefusal.CUSTOMER_ERASED, () -> f.transactions.add(f.till1, new TransactionCommand(
                new CustomerRef(IdentifierType.ID, String.valueOf(rita.value())),
                TransactionType.REGULAR, "B2", BigDecimal.TEN, null, null, null, null, null, List.of(), null, null)));
        assertThat(f.entries(rita)).as("the ledger is kept").hasSize(1);
    }
}
