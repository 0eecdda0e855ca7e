package org.loyaltyhub.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.port.out.contract.ContractFixtures.daysAfterT0;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.shared.Points;

/** What every {@link PointsLedgers} promises. */
public abstract class PointsLedgersContract {

    protected abstract PointsLedgers pointsLedgers();

    /** Ledgers belong to stored customers of stored orgs. */
    protected abstract Orgs orgs();

    protected abstract Customers customers();

    private OrgSetup org;

    @BeforeEach
    void storeAnOrg() {
        org = ContractFixtures.storedOrg(orgs());
    }

    private CustomerId newCustomer(int n) {
        return ContractFixtures.storedCustomer(customers(), org.org().id(), n).requireId();
    }

    /** One entry of every kind, with every optional field used somewhere. */
    private static List<LedgerEntry> everyKind(ProgramId program) {
        BillRef bill = new BillRef("S1", "B-1001");
        return List.of(
                new LedgerEntry(program, EntryKind.EARN, Points.of("26447.104"), daysAfterT0(0),
                        LocalDate.of(2025, 3, 31), null, bill, "S1", null),
                new LedgerEntry(program, EntryKind.PROMOTION, Points.of("50"), daysAfterT0(1),
                        LocalDate.of(2025, 4, 30), LocalDate.of(2024, 3, 10), null, "S2", "Double points weekend"),
                new LedgerEntry(program, EntryKind.ADJUST_CREDIT, Points.of("12.5"), daysAfterT0(2),
                        LocalDate.of(2025, 4, 30), null, null, null, "Goodwill"),
                new LedgerEntry(program, EntryKind.REDEEM, Points.of("100"), daysAfterT0(3), null, null, null, "S1",
                        null),
                new LedgerEntry(program, EntryKind.RETURN, Points.of("3.333"), daysAfterT0(4), null, null, bill, "S1",
                        null),
                new LedgerEntry(program, EntryKind.ADJUST_DEBIT, Points.of("1"), daysAfterT0(5), null, null, null, null,
                        "Correction"),
                new LedgerEntry(program, EntryKind.EXPIRE, Points.of("10"), daysAfterT0(400),
                        LocalDate.of(2025, 3, 31), null, null, null, null));
    }

    @Test
    void entriesComeBackWithEveryFieldInAppendOrder() {
        CustomerId customer = newCustomer(1);
        List<LedgerEntry> entries = everyKind(org.defaultProgram().id());

        pointsLedgers().append(customer, entries);

        assertThat(pointsLedgers().entriesOf(List.of(customer))).containsOnlyKeys(customer);
        assertThat(pointsLedgers().entriesOf(List.of(customer)).get(customer)).containsExactlyElementsOf(entries);
    }

    @Test
    void laterAppendsFollowEarlierOnesEvenWhenTheyHappenedEarlier() {
        CustomerId customer = newCustomer(2);
        ProgramId program = org.defaultProgram().id();
        LedgerEntry late = new LedgerEntry(program, EntryKind.PROMOTION, Points.of("5"), daysAfterT0(10), null, null,
                null, null, "first appended");
        LedgerEntry early = new LedgerEntry(program, EntryKind.PROMOTION, Points.of("7"), daysAfterT0(1), null, null,
                null, null, "second appended");

        pointsLedgers().append(customer, List.of(late));
        pointsLedgers().append(customer, List.of(early));

        assertThat(pointsLedgers().entriesOf(List.of(customer)).get(customer)).containsExactly(late, early);
    }

    @Test
    void entriesOfSeveralProgramsStayTogetherInAppendOrder() {
        CustomerId customer = newCustomer(3);
        ProgramId main = org.defaultProgram().id();
        ProgramId partner = org.programs().get(0).id();
        LedgerEntry a = new LedgerEntry(main, EntryKind.ADJUST_CREDIT, Points.of("1"), daysAfterT0(1), null, null,
                null, null, "a");
        LedgerEntry b = new LedgerEntry(partner, EntryKind.ADJUST_CREDIT, Points.of("2"), daysAfterT0(1), null, null,
                null, null, "b");
        LedgerEntry c = new LedgerEntry(main, EntryKind.ADJUST_DEBIT, Points.of("1"), daysAfterT0(2), null, null,
                null, null, "c");

        pointsLedgers().append(customer, List.of(a, b, c));

        assertThat(pointsLedgers().entriesOf(List.of(customer)).get(customer)).containsExactly(a, b, c);
    }

    @Test
    void aBatchReturnsEachCustomersOwnEntriesAndLeavesOutCustomersWithoutAny() {
        CustomerId first = newCustomer(4);
        CustomerId second = newCustomer(5);
        CustomerId without = newCustomer(6);
        ProgramId program = org.defaultProgram().id();
        LedgerEntry ofFirst = new LedgerEntry(program, EntryKind.ADJUST_CREDIT, Points.of("10"), daysAfterT0(1), null,
                null, null, null, "first");
        LedgerEntry ofSecond = new LedgerEntry(program, EntryKind.ADJUST_CREDIT, Points.of("20"), daysAfterT0(1), null,
                null, null, null, "second");
        pointsLedgers().append(first, List.of(ofFirst));
        pointsLedgers().append(second, List.of(ofSecond));

        Map<CustomerId, List<LedgerEntry>> found = pointsLedgers().entriesOf(List.of(first, second, without));

        assertThat(found).containsOnlyKeys(first, second);
        assertThat(found.get(first)).containsExactly(ofFirst);
        assertThat(found.get(second)).containsExactly(ofSecond);
    }

    @Test
    void appendingNothingStoresNothing() {
        CustomerId customer = newCustomer(7);

        pointsLedgers().append(customer, List.of());

        assertThat(pointsLedgers().entriesOf(List.of(customer))).isEmpty();
    }

    @Test
    void unknownCustomersAndEmptyBatchesGiveNothing() {
        assertThat(pointsLedgers().entriesOf(List.of(new CustomerId(ContractFixtures.uniqueId())))).isEmpty();
        assertThat(pointsLedgers().entriesOf(List.of())).isEmpty();
    }

    @Test
    void appendReturningIdsGivesEveryEntryANewIdInAppendOrder() {
        CustomerId customer = newCustomer(8);
        ProgramId program = org.defaultProgram().id();
        List<LedgerEntry> entries = everyKind(program);
        LedgerEntry later = new LedgerEntry(program, EntryKind.REDEEM, Points.of("5"), daysAfterT0(6), null, null,
                null, "S2", null);

        List<Long> ids = pointsLedgers().appendReturningIds(customer, entries);
        List<Long> laterIds = pointsLedgers().appendReturningIds(customer, List.of(later));

        assertThat(ids).hasSize(entries.size()).doesNotHaveDuplicates().isSorted();
        assertThat(ids).allSatisfy(id -> assertThat(id).isPositive());
        assertThat(laterIds).singleElement().satisfies(id -> assertThat(id).isGreaterThan(ids.get(ids.size() - 1)));
        List<LedgerEntry> stored = pointsLedgers().entriesOf(List.of(customer)).get(customer);
        assertThat(stored).hasSize(entries.size() + 1);
        assertThat(stored.subList(0, entries.size())).containsExactlyElementsOf(entries);
        assertThat(stored.get(entries.size())).isEqualTo(later);
        assertThat(pointsLedgers().appendReturningIds(customer, List.of())).isEmpty();
    }

    @Test
    void pointsEarnedByGivesWhatEachNamedBillEarnedInEveryProgramAndNothingElse() {
        CustomerId customer = newCustomer(9);
        CustomerId other = newCustomer(10);
        ProgramId main = org.defaultProgram().id();
        ProgramId partner = org.programs().stream().filter(p -> !p.id().equals(main)).findFirst().orElseThrow().id();
        BillRef b1 = new BillRef("S1", "B-9001");
        BillRef sameNumberOtherStore = new BillRef("S2", "B-9001");
        BillRef b2 = new BillRef("S1", "B-9002");
        BillRef notNamed = new BillRef("S1", "B-9003");
        pointsLedgers().append(customer, List.of(
                new LedgerEntry(main, EntryKind.EARN, Points.of("100.5"), daysAfterT0(1), null, null, b1, "S1", null),
                new LedgerEntry(partner, EntryKind.EARN, Points.of("20"), daysAfterT0(1), null, null, b1, "S1", null),
                new LedgerEntry(main, EntryKind.EARN, Points.of("7"), daysAfterT0(1), null, null, sameNumberOtherStore,
                        "S2", null),
                new LedgerEntry(main, EntryKind.EARN, Points.of("30"), daysAfterT0(2), null, null, b2, "S1", null),
                // what a return took back is not what the bill earned
                new LedgerEntry(main, EntryKind.RETURN, Points.of("10"), daysAfterT0(3), null, null, b2, "S1", null),
                new LedgerEntry(main, EntryKind.EARN, Points.of("40"), daysAfterT0(3), null, null, notNamed, "S1",
                        null)));
        pointsLedgers().append(other, List.of(
                new LedgerEntry(main, EntryKind.EARN, Points.of("999"), daysAfterT0(1), null, null, b2, "S1", null)));
        BillRef nothingEarned = new BillRef("S1", "B-9004");

        Map<CustomerId, Map<BillRef, Points>> found = pointsLedgers().pointsEarnedBy(
                Map.of(customer, List.of(b1, b2, nothingEarned)));

        assertThat(found).containsOnlyKeys(customer);
        assertThat(found.get(customer)).containsOnly(Map.entry(b1, Points.of("120.5")), Map.entry(b2, Points.of("30")));
    }

    @Test
    void pointsEarnedByAnswersABatchPerCustomer() {
        CustomerId first = newCustomer(11);
        CustomerId second = newCustomer(12);
        CustomerId without = newCustomer(13);
        ProgramId main = org.defaultProgram().id();
        BillRef shared = new BillRef("S1", "B-9101");
        BillRef own = new BillRef("S1", "B-9102");
        pointsLedgers().append(first, List.of(
                new LedgerEntry(main, EntryKind.EARN, Points.of("1"), daysAfterT0(1), null, null, shared, "S1", null),
                new LedgerEntry(main, EntryKind.EARN, Points.of("2"), daysAfterT0(1), null, null, own, "S1", null)));
        pointsLedgers().append(second, List.of(
                new LedgerEntry(main, EntryKind.EARN, Points.of("3"), daysAfterT0(1), null, null, shared, "S1", null),
                new LedgerEntry(main, EntryKind.EARN, Points.of("4"), daysAfterT0(1), null, null, own, "S1", null)));

        Map<CustomerId, Map<BillRef, Points>> found = pointsLedgers().pointsEarnedBy(
                Map.of(first, List.of(shared, own), second, List.of(shared), without, List.of(shared)));

        assertThat(found).containsOnlyKeys(first, second);
        assertThat(found.get(first)).containsOnly(Map.entry(shared, Points.of("1")), Map.entry(own, Points.of("2")));
        assertThat(found.get(second)).containsOnly(Map.entry(shared, Points.of("3")));
        assertThat(pointsLedgers().pointsEarnedBy(Map.of())).isEmpty();
        assertThat(pointsLedgers().pointsEarnedBy(Map.of(first, List.of()))).isEmpty();
    }
}
