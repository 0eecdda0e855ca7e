package org.loyaltyhub.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.port.out.contract.ContractFixtures.daysAfterT0;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PurchaseFilter;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.CreditNote;
import org.loyaltyhub.domain.purchase.LineItem;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.Tender;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;

/** What every {@link Purchases} promises. */
public abstract class PurchasesContract {
    private static final Set<TransactionType> REGULAR = Set.of(TransactionType.REGULAR);

    protected abstract Purchases purchases();

    /** Bills belong to stored customers of stored orgs, under a stored program. */
    protected abstract Orgs orgs();

    protected abstract Customers customers();

    private OrgSetup org;
    private ProgramId program;

    @BeforeEach
    void storeAnOrg() {
        org = ContractFixtures.storedOrg(orgs());
        program = org.defaultProgram().id();
    }

    private CustomerId newCustomer(int n) {
        return ContractFixtures.storedCustomer(customers(), org.org().id(), n).requireId();
    }

    private static Purchase bill(String number, String amount, Instant at) {
        return new Purchase(null, new BillRef("S1", number), TransactionType.REGULAR, Money.of(amount), at, "S1-T1",
                null);
    }

    private static Purchase returnOf(String number, String returned, String amount, Instant at) {
        return new Purchase(null, new BillRef("S2", number), TransactionType.RETURN, Money.of(amount), at, "S2-T1",
                new BillRef("S1", returned));
    }

    private static Purchase ofType(TransactionType type, String number, String amount, Instant at) {
        return new Purchase(null, new BillRef("S1", number), type, Money.of(amount), at, null, null);
    }

    /** The same bill under the id storage gave it. */
    private static Purchase withId(Purchase purchase, Long id) {
        return new Purchase(id, purchase.bill(), purchase.type(), purchase.amount(), purchase.at(), purchase.tillCode(),
                purchase.returnOf());
    }

    @Test
    void addReturnsTheBillsInOrderUnderNewIds() {
        CustomerId customer = newCustomer(1);
        List<Purchase> bills = List.of(bill("B-1", "100", daysAfterT0(1)), bill("B-2", "50.5", daysAfterT0(2)));

        List<Purchase> stored = purchases().add(customer, program, bills);

        assertThat(stored).hasSize(2);
        assertThat(stored).allSatisfy(p -> assertThat(p.id()).isNotNull().isPositive());
        assertThat(stored.get(0).id()).isNotEqualTo(stored.get(1).id());
        assertThat(stored.get(0)).isEqualTo(withId(bills.get(0), stored.get(0).id()));
        assertThat(stored.get(1)).isEqualTo(withId(bills.get(1), stored.get(1).id()));
    }

    @Test
    void billsComeBackWithEveryField() {
        CustomerId customer = newCustomer(2);
        List<Purchase> stored = purchases().add(customer, program, List.of(
                bill("B-10", "1234.56", daysAfterT0(1)),
                returnOf("R-10", "B-10", "34.56", daysAfterT0(2)),
                ofType(TransactionType.NOT_INTERESTED, "N-10", "9.99", daysAfterT0(3))));

        Map<CustomerId, List<Purchase>> found = purchases().recentOf(List.of(customer),
                Set.of(TransactionType.values()), 10);

        assertThat(found).containsOnlyKeys(customer);
        assertThat(found.get(customer)).containsExactly(stored.get(2), stored.get(1), stored.get(0));
        Purchase returned = found.get(customer).get(1);
        assertThat(returned.returnOf()).isEqualTo(new BillRef("S1", "B-10"));
        assertThat(returned.tillCode()).isEqualTo("S2-T1");
        assertThat(returned.amount()).isEqualTo(Money.of("34.56"));
        assertThat(found.get(customer).get(0).tillCode()).isNull();
    }

    @Test
    void recentOfGivesTheNewestFirstUpToTheLimit() {
        CustomerId customer = newCustomer(3);
        // Added out of time order: the order comes from the bill time, not from the order of adding.
        List<Purchase> stored = purchases().add(customer, program, List.of(
                bill("B-3", "30", daysAfterT0(3)),
                bill("B-1", "10", daysAfterT0(1)),
                bill("B-5", "50", daysAfterT0(5)),
                bill("B-2", "20", daysAfterT0(2)),
                bill("B-4", "40", daysAfterT0(4))));

        List<Purchase> recent = purchases().recentOf(List.of(customer), REGULAR, 3).get(customer);

        assertThat(recent).extracting(p -> p.bill().number()).containsExactly("B-5", "B-4", "B-3");
        assertThat(recent).containsExactly(stored.get(2), stored.get(4), stored.get(0));
    }

    @Test
    void billsAtTheSameTimeComeLatestAddedFirst() {
        CustomerId customer = newCustomer(4);
        Instant sameSecond = daysAfterT0(7);
        purchases().add(customer, program, List.of(bill("B-first", "1", sameSecond)));
        purchases().add(customer, program, List.of(bill("B-second", "2", sameSecond)));

        List<Purchase> recent = purchases().recentOf(List.of(customer), REGULAR, 10).get(customer);

        assertThat(recent).extracting(p -> p.bill().number()).containsExactly("B-second", "B-first");
    }

    @Test
    void recentOfKeepsOnlyTheAskedTypes() {
        CustomerId customer = newCustomer(5);
        purchases().add(customer, program, List.of(
                bill("B-1", "100", daysAfterT0(1)),
                returnOf("R-1", "B-1", "40", daysAfterT0(2)),
                ofType(TransactionType.NOT_INTERESTED, "N-1", "5", daysAfterT0(3))));

        assertThat(purchases().recentOf(List.of(customer), REGULAR, 10).get(customer))
                .extracting(p -> p.bill().number()).containsExactly("B-1");
        assertThat(purchases().recentOf(List.of(customer), Set.of(TransactionType.RETURN), 10).get(customer))
                .extracting(p -> p.bill().number()).containsExactly("R-1");
        assertThat(purchases().recentOf(List.of(customer),
                Set.of(TransactionType.REGULAR, TransactionType.NOT_INTERESTED), 10).get(customer))
                .extracting(p -> p.bill().number()).containsExactly("N-1", "B-1");
        assertThat(purchases().recentOf(List.of(customer), Set.of(TransactionType.MIXED), 10)).isEmpty();
    }

    @Test
    void recentOfLimitsEachCustomerOfABatchSeparately() {
        CustomerId many = newCustomer(6);
        CustomerId few = newCustomer(7);
        CustomerId none = newCustomer(8);
        purchases().add(many, program, List.of(
                bill("M-1", "1", daysAfterT0(1)), bill("M-2", "2", daysAfterT0(2)),
                bill("M-3", "3", daysAfterT0(3)), bill("M-4", "4", daysAfterT0(4))));
        purchases().add(few, program, List.of(bill("F-1", "1", daysAfterT0(9))));

        Map<CustomerId, List<Purchase>> recent = purchases().recentOf(List.of(many, few, none), REGULAR, 2);

        assertThat(recent).containsOnlyKeys(many, few);
        assertThat(recent.get(many)).extracting(p -> p.bill().number()).containsExactly("M-4", "M-3");
        assertThat(recent.get(few)).extracting(p -> p.bill().number()).containsExactly("F-1");
    }

    @Test
    void recentOfCoversEveryProgram() {
        CustomerId customer = newCustomer(9);
        ProgramId partner = org.programs().get(0).id();
        purchases().add(customer, program, List.of(bill("MAIN-1", "10", daysAfterT0(1))));
        purchases().add(customer, partner, List.of(bill("PARTNER-1", "10", daysAfterT0(2))));

        assertThat(purchases().recentOf(List.of(customer), REGULAR, 10).get(customer))
                .extracting(p -> p.bill().number()).containsExactly("PARTNER-1", "MAIN-1");
    }

    @Test
    void netTotalsAreRegularMinusReturnsNeverBelowZero() {
        CustomerId buyer = newCustomer(10);
        CustomerId returner = newCustomer(11);
        CustomerId without = newCustomer(12);
        purchases().add(buyer, program, List.of(
                bill("B-1", "100", daysAfterT0(1)),
                bill("B-2", "50.50", daysAfterT0(2)),
                returnOf("R-1", "B-1", "30", daysAfterT0(3)),
                ofType(TransactionType.NOT_INTERESTED, "N-1", "999", daysAfterT0(4))));
        purchases().add(buyer, org.programs().get(0).id(), List.of(bill("P-1", "20", daysAfterT0(5))));
        purchases().add(returner, program, List.of(
                bill("B-9", "10", daysAfterT0(1)),
                returnOf("R-9", "B-0", "25", daysAfterT0(2))));

        Map<CustomerId, Map<ProgramId, Money>> totals = purchases().netTotalsOf(List.of(buyer, returner, without));

        assertThat(totals).containsOnlyKeys(buyer, returner);
        assertThat(totals.get(buyer)).containsOnlyKeys(program, org.programs().get(0).id());
        assertThat(totals.get(buyer).get(program)).isEqualTo(Money.of("120.50"));
        assertThat(totals.get(buyer).get(org.programs().get(0).id())).isEqualTo(Money.of("20"));
        assertThat(totals.get(returner).get(program)).isEqualTo(Money.ZERO);
    }

    @Test
    void unknownCustomersAndEmptyBatchesGiveNothing() {
        CustomerId unknown = new CustomerId(ContractFixtures.uniqueId());

        assertThat(purchases().recentOf(List.of(unknown), REGULAR, 10)).isEmpty();
        assertThat(purchases().recentOf(List.of(), REGULAR, 10)).isEmpty();
        assertThat(purchases().netTotalsOf(List.of(unknown))).isEmpty();
        assertThat(purchases().netTotalsOf(List.of())).isEmpty();
    }

    @Test
    void addingNoBillsStoresNothing() {
        CustomerId customer = newCustomer(13);

        assertThat(purchases().add(customer, program, List.of())).isEmpty();
        assertThat(purchases().recentOf(List.of(customer), Set.of(TransactionType.values()), 10)).isEmpty();
    }

    @Test
    void aFilterNarrowsTheRecentBillsByEveryField() {
        CustomerId customer = newCustomer(20);
        purchases().add(customer, program, List.of(
                bill("F-1", "100", daysAfterT0(1)),
                returnOf("F-R", "F-1", "40", daysAfterT0(2)),
                ofType(TransactionType.NOT_INTERESTED, "F-N", "5", daysAfterT0(3)),
                bill("F-2", "100.00", daysAfterT0(4))));
        Set<TransactionType> all = Set.of(TransactionType.values());

        assertThat(numbers(customer, PurchaseFilter.ofTypes(all))).containsExactly("F-2", "F-N", "F-R", "F-1");
        assertThat(numbers(customer, new PurchaseFilter(all, "F-R", null, null, null, null, null)))
                .containsExactly("F-R");
        assertThat(numbers(customer, new PurchaseFilter(all, null, "S2", null, null, null, null)))
                .containsExactly("F-R");
        assertThat(numbers(customer, new PurchaseFilter(all, null, null, "S1-T1", null, null, null)))
                .containsExactly("F-2", "F-1");
        assertThat(numbers(customer, new PurchaseFilter(all, null, null, null, Money.of("100"), null, null)))
                .containsExactly("F-2", "F-1");
        assertThat(numbers(customer, new PurchaseFilter(all, null, null, null, null, daysAfterT0(2), daysAfterT0(4))))
                .containsExactly("F-N", "F-R");
        assertThat(numbers(customer, new PurchaseFilter(Set.of(TransactionType.NOT_INTERESTED), null, null, null,
                null, null, null))).containsExactly("F-N");
        assertThat(purchases().recentOf(List.of(customer), PurchaseFilter.ofTypes(all), 2).get(customer)).hasSize(2);
    }

    @Test
    void historyGivesEveryBillOldestFirstPerProgram() {
        CustomerId customer = newCustomer(21);
        ProgramId partner = org.programs().stream().filter(p -> !p.isDefault()).findFirst().orElseThrow().id();
        purchases().add(customer, program, List.of(bill("H-2", "20", daysAfterT0(2)), bill("H-1", "10", daysAfterT0(1))));
        purchases().add(customer, partner, List.of(ofType(TransactionType.NOT_INTERESTED, "H-P", "5", daysAfterT0(3))));

        Map<CustomerId, Map<ProgramId, List<Purchase>>> history = purchases().historyOf(List.of(customer, newCustomer(22)));

        assertThat(history).containsOnlyKeys(customer);
        assertThat(history.get(customer).get(program)).extracting(p -> p.bill().number()).containsExactly("H-1", "H-2");
        assertThat(history.get(customer).get(partner)).extracting(p -> p.bill().number()).containsExactly("H-P");
    }

    private List<String> numbers(CustomerId customer, PurchaseFilter filter) {
        return purchases().recentOf(List.of(customer), filter, 10).getOrDefault(customer, List.of()).stream()
                .map(p -> p.bill().number()).toList();
    }

    @Test
    void paymentDetailsGoWithTheirBills() {
        CustomerId customer = newCustomer(23);
        List<Purchase> stored = purchases().add(customer, program, List.of(bill("P-1", "150", daysAfterT0(1)),
                returnOf("P-R", "P-1", "50", daysAfterT0(2)), bill("P-2", "10", daysAfterT0(3))));
        PaymentDetails paid = new PaymentDetails(List.of(new Tender("CARD", Money.of("100")),
                new Tender("CASH", Money.of("50"))), List.of());
        PaymentDetails credited = new PaymentDetails(List.of(), List.of(new CreditNote("CN-9", Money.of("50"))));

        purchases().addPaymentDetails(Map.of(stored.get(0).id(), paid, stored.get(1).id(), credited));

        Map<Long, PaymentDetails> found = purchases().paymentDetailsOf(stored.stream().map(Purchase::id).toList());
        assertThat(found).containsOnlyKeys(stored.get(0).id(), stored.get(1).id());
        assertThat(found.get(stored.get(0).id()).tenders()).extracting(Tender::mode).containsExactly("CARD", "CASH");
        assertThat(found.get(stored.get(0).id()).tenders().get(1).value()).isEqualTo(Money.of("50"));
        assertThat(found.get(stored.get(1).id()).creditNotes()).containsExactly(new CreditNote("CN-9", Money.of("50")));
        assertThat(purchases().paymentDetailsOf(List.of())).isEmpty();
    }

    @Test
    void isRecordedFindsACustomersBillByStoreNumberAndTypeWithinTheOrg() {
        CustomerId customer = newCustomer(30);
        OrgId orgId = org.org().id();
        purchases().add(customer, program, List.of(bill("DUP-1", "10", daysAfterT0(1)),
                returnOf("DUP-R", "DUP-1", "5", daysAfterT0(2))));
        OrgId otherOrg = ContractFixtures.storedOrg(orgs()).org().id();

        assertThat(purchases().isRecorded(orgId, "S1", "DUP-1", TransactionType.REGULAR)).isTrue();
        assertThat(purchases().isRecorded(orgId, "S2", "DUP-R", TransactionType.RETURN)).isTrue();
        assertThat(purchases().isRecorded(orgId, "S2", "DUP-1", TransactionType.REGULAR)).as("other store").isFalse();
        assertThat(purchases().isRecorded(orgId, "S1", "DUP-1", TransactionType.RETURN)).as("other type").isFalse();
        assertThat(purchases().isRecorded(orgId, "S1", "dup-1", TransactionType.REGULAR)).as("exact").isFalse();
        assertThat(purchases().isRecorded(orgId, "S1", "DUP-2", TransactionType.REGULAR)).isFalse();
        assertThat(purchases().isRecorded(otherOrg, "S1", "DUP-1", TransactionType.REGULAR)).as("other org")
                .isFalse();
    }

    @Test
    void anAnonymousBillGetsAnIdCountsAsRecordedAndBelongsToNoCustomer() {
        CustomerId customer = newCustomer(31);
        OrgId orgId = org.org().id();
        Purchase bill = new Purchase(null, new BillRef("S1", "ANON-1"), TransactionType.NOT_INTERESTED,
                Money.of("19.99"), daysAfterT0(1), "S1-T1", null);
        OrgId otherOrg = ContractFixtures.storedOrg(orgs()).org().id();

        Purchase stored = purchases().addAnonymous(orgId, program, bill);
        Purchase another = purchases().addAnonymous(orgId, program, ofType(TransactionType.NOT_INTERESTED, "ANON-2",
                "1", daysAfterT0(2)));

        assertThat(stored.id()).isNotNull().isPositive();
        assertThat(stored).isEqualTo(withId(bill, stored.id()));
        assertThat(another.id()).isNotEqualTo(stored.id());
        assertThat(purchases().isRecorded(orgId, "S1", "ANON-1", TransactionType.NOT_INTERESTED)).isTrue();
        assertThat(purchases().isRecorded(orgId, "S1", "ANON-1", TransactionType.REGULAR)).isFalse();
        assertThat(purchases().isRecorded(otherOrg, "S1", "ANON-1", TransactionType.NOT_INTERESTED)).isFalse();
        assertThat(purchases().recentOf(List.of(customer), Set.of(TransactionType.values()), 10)).isEmpty();
        assertThat(purchases().historyOf(List.of(customer))).isEmpty();
    }

    @Test
    void lineItemsComeBackPerBillInTheOrderGiven() {
        CustomerId customer = newCustomer(32);
        List<Purchase> stored = purchases().add(customer, program, List.of(bill("L-1", "95.98", daysAfterT0(1)),
                bill("L-2", "0.10", daysAfterT0(2)), bill("L-3", "5", daysAfterT0(3))));
        LineItem shoes = new LineItem(2, "SKU-SHOE", "Running shoe", new BigDecimal("2"), Money.of("49.99"),
                Money.of("10"), Money.of("89.98"));
        LineItem socks = new LineItem(1, "SKU-SOCK", null, new BigDecimal("1.5"), Money.of("4"), null, Money.of("6"));
        LineItem bag = new LineItem(1, "SKU-BAG", "Paper bag", null, Money.of("0.1"), null, Money.of("0.10"));
        Map<Long, List<LineItem>> lines = new LinkedHashMap<>();
        lines.put(stored.get(0).id(), List.of(shoes, socks));
        lines.put(stored.get(1).id(), List.of(bag));

        purchases().addLineItems(lines);

        Map<Long, List<LineItem>> found = purchases().lineItemsOf(stored.stream().map(Purchase::id).toList());
        assertThat(found).containsOnlyKeys(stored.get(0).id(), stored.get(1).id());
        assertThat(found.get(stored.get(0).id())).containsExactly(shoes, socks);
        assertThat(found.get(stored.get(1).id())).containsExactly(bag);
        LineItem socksFound = found.get(stored.get(0).id()).get(1);
        assertThat(socksFound.description()).isEmpty();
        assertThat(socksFound.quantity()).isEqualByComparingTo("1.5");
        assertThat(socksFound.discount()).isEqualTo(Money.ZERO);
        assertThat(purchases().lineItemsOf(List.of())).isEmpty();
    }
}
