package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.FixedClock;
import org.loyaltyhub.application.fake.InMemoryStore;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.CustomerDetails;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.CustomerLookupItem;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.application.port.in.HistoryEvent;
import org.loyaltyhub.application.port.in.LookupOutcome;
import org.loyaltyhub.application.port.in.LookupSections;
import org.loyaltyhub.application.port.in.OrgImport;
import org.loyaltyhub.application.port.in.ProgramSummary;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.coupon.CouponStatus;
import org.loyaltyhub.domain.customer.Card;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.Registration;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;

class GetCustomerDetailsServiceTest {
    private static final OrgId ORG = new OrgId(1);
    private static final OrgId OTHER_ORG = new OrgId(2);

    private final FixedClock clock = FixedClock.at("2026-06-30T10:00:00Z");
    private final InMemoryStore store = new InMemoryStore();
    private GetCustomerDetailsService service;

    @BeforeEach
    void seed() {
        ImportOrgService importer = new ImportOrgService(store.unitOfWork, store.orgs, store.apiUsers, store.customers,
                store.ledgers, store.purchases, store.slabHistories, store.coupons, store.balances, clock);
        OrgSetup setup = SampleOrg.setup(1);
        List<HistoryEvent> ritasHistory = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            ritasHistory.add(bill("B" + i, "100", String.format("2026-01-%02dT10:00:00Z", i)));
        }
        ritasHistory.add(new HistoryEvent.PointsRedemption(null, Points.of(200), Instant.parse("2026-02-01T10:00:00Z"),
                SampleOrg.STORE));
        ritasHistory.add(new HistoryEvent.CouponIssue(setup.couponSeries().get(0).id(), "OLD-1",
                Instant.parse("2026-01-02T10:00:00Z"), SampleOrg.TILL));
        ritasHistory.add(new HistoryEvent.CouponIssue(setup.couponSeries().get(0).id(), "NEW-1",
                Instant.parse("2026-06-20T10:00:00Z"), SampleOrg.TILL));
        Customer rita = Customer.register(ORG, "Rita", "John", new Mobile("44700900999"),
                new Email("Rita.John@example.com"), null, CustomerType.LOYALTY,
                new Registration(Instant.parse("2025-12-01T09:00:00Z"), "instore", null, SampleOrg.STORE,
                        SampleOrg.TILL),
                List.of(), List.of(), List.of(new Card("CARD-1", "CX-1", null)));
        Customer bob = SampleOrg.customer(1, "44700900111", null, "EXT-B", Instant.parse("2025-12-01T09:00:00Z"));
        importer.importOrg(new OrgImport(setup, List.of(), List.of(
                new CustomerImport(rita, ritasHistory), new CustomerImport(bob, List.of()))));
        importer.importOrg(new OrgImport(SampleOrg.setup(2), List.of(), List.of(new CustomerImport(
                SampleOrg.customer(2, "44700900222", null, null, Instant.parse("2025-12-01T09:00:00Z")), List.of()))));
        service = new GetCustomerDetailsService(store.unitOfWork, store.orgs, store.customers, store.ledgers,
                store.purchases, store.slabHistories, store.coupons, clock);
    }

    private static HistoryEvent bill(String number, String amount, String at) {
        return new HistoryEvent.Bill(null, new Purchase(null, new BillRef(SampleOrg.STORE, number),
                TransactionType.REGULAR, Money.of(amount), Instant.parse(at), SampleOrg.TILL, null));
    }

    private List<CustomerLookupItem> lookup(OrgId org, IdentifierType type, String... values) {
        return service.getCustomerDetails(new CustomerLookupQuery(org, type, List.of(values))).items();
    }

    @Test
    void figuresAreDerivedFromTheLedger() {
        CustomerDetails rita = lookup(ORG, IdentifierType.MOBILE, "44700900999").get(0).details().orElseThrow();
        ProgramSummary summary = rita.defaultProgram().orElseThrow();

        // 12 bills of 100 earn 1200 at Blue; the 10th bill (Jan 10) reaches Silver for 12 months.
        assertThat(summary.balance().lifetime()).isEqualTo(Points.of(1200));
        assertThat(summary.balance().redeemed()).isEqualTo(Points.of(200));
        assertThat(summary.balance().available()).isEqualTo(Points.of(1000));
        assertThat(summary.currentSlab().name()).isEqualTo("Silver");
        assertThat(summary.nextSlab().map(s -> s.name())).contains("Gold");
        assertThat(summary.slabExpiry()).contains(SampleOrg.day("2027-01-09"));
        assertThat(summary.cumulativePurchases()).isEqualTo(Money.of("1200"));
    }

    @Test
    void batchAnswersInRequestOrderWithDuplicatesAndFailures() {
        List<CustomerLookupItem> items = lookup(ORG, IdentifierType.MOBILE,
                "44700900111", "0000000000", "44700900999", "", "12ab", "44700900111");

        assertThat(items).extracting(CustomerLookupItem::outcome).containsExactly(LookupOutcome.FOUND,
                LookupOutcome.NOT_FOUND, LookupOutcome.FOUND, LookupOutcome.EMPTY, LookupOutcome.INVALID,
                LookupOutcome.FOUND);
        assertThat(items).extracting(CustomerLookupItem::requestedValue)
                .containsExactly("44700900111", "0000000000", "44700900999", "", "12ab", "44700900111");
        assertThat(items.get(0).details().orElseThrow().customer().externalId().orElseThrow().value()).isEqualTo("EXT-B");
        assertThat(items.get(2).details().orElseThrow().customer().firstname()).isEqualTo("Rita");
    }

    @Test
    void aBatchReadsEachSectionOnceOnOneUnitOfWork() {
        // The import read through the same ports (its write use cases look customers up): count from here.
        int reads = store.unitOfWork.reads;
        int finds = store.customers.finds;
        int erasedReads = store.customers.erasedReads;
        int ledgerReads = store.ledgers.reads;
        int slabReads = store.slabHistories.reads;
        int couponReads = store.coupons.reads;
        int purchaseReads = store.purchases.reads;
        lookup(ORG, IdentifierType.MOBILE, "44700900111", "44700900999", "0000000000");

        assertThat(store.unitOfWork.reads - reads).isEqualTo(1);
        assertThat(store.customers.finds - finds).isEqualTo(1);
        // one batch look-up of the values no live customer answered to, among erased customers' identifiers
        assertThat(store.customers.erasedReads - erasedReads).isEqualTo(1);
        assertThat(store.ledgers.reads - ledgerReads).isEqualTo(1);
        assertThat(store.slabHistories.reads - slabReads).isEqualTo(1);
        assertThat(store.coupons.reads - couponReads).isEqualTo(1);
        assertThat(store.purchases.reads - purchaseReads).isEqualTo(2); // net totals and recent bills
    }

    @Test
    void aCustomerOfAnotherOrgIsNotFound() {
        assertThat(lookup(ORG, IdentifierType.MOBILE, "44700900222").get(0).outcome())
                .isEqualTo(LookupOutcome.NOT_FOUND);
        assertThat(lookup(OTHER_ORG, IdentifierType.MOBILE, "44700900222").get(0).outcome())
                .isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup(OTHER_ORG, IdentifierType.MOBILE, "44700900999").get(0).outcome())
                .isEqualTo(LookupOutcome.NOT_FOUND);
    }

    @Test
    void everyIdentifierTypeFindsTheSameCustomer() {
        long id = lookup(ORG, IdentifierType.MOBILE, "44700900999").get(0).details().orElseThrow()
                .customer().requireId().value();

        assertThat(lookup(ORG, IdentifierType.EMAIL, "RITA.JOHN@example.COM").get(0).outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup(ORG, IdentifierType.ID, "00" + id).get(0).outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup(ORG, IdentifierType.CARD_NUMBER, "CARD-1").get(0).outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup(ORG, IdentifierType.CARD_EXTERNAL_ID, "CX-1").get(0).outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup(ORG, IdentifierType.EXTERNAL_ID, "EXT-B").get(0).details().orElseThrow()
                .customer().firstname()).isEqualTo("Rita");
    }

    @Test
    void showsTheTenMostRecentRegularBillsWithTheirPoints() {
        CustomerDetails rita = lookup(ORG, IdentifierType.MOBILE, "44700900999").get(0).details().orElseThrow();

        assertThat(rita.transactions()).hasSize(10);
        assertThat(rita.transactions()).extracting(t -> t.purchase().bill().number())
                .startsWith("B12", "B11", "B10").endsWith("B3");
        assertThat(rita.transactions().get(0).points()).isEqualTo(Points.of(100));
        assertThat(rita.transactions().get(0).till().code()).isEqualTo(SampleOrg.TILL);
    }

    @Test
    void couponsComeNewestFirstWithTheirStatusToday() {
        CustomerDetails rita = lookup(ORG, IdentifierType.MOBILE, "44700900999").get(0).details().orElseThrow();

        assertThat(rita.coupons()).extracting(c -> c.coupon().code()).containsExactly("NEW-1", "OLD-1");
        assertThat(rita.coupons()).extracting(c -> c.status()).containsExactly(CouponStatus.ACTIVE, CouponStatus.EXPIRED);
        assertThat(rita.coupons().get(0).series().description()).isEqualTo("10% off");
    }

    @Test
    void sectionsSwitchedOffAreNotRead() {
        int couponReads = store.coupons.reads;
        CustomerLookupQuery query = new CustomerLookupQuery(ORG, IdentifierType.MOBILE, List.of("44700900999"),
                new LookupSections(false, false, true, true, true, false), 10);

        CustomerDetails rita = service.getCustomerDetails(query).items().get(0).details().orElseThrow();

        assertThat(rita.transactions()).isEmpty();
        assertThat(rita.coupons()).isEmpty();
        assertThat(store.coupons.reads).isEqualTo(couponReads);
    }

    @Test
    void nothingValidMeansNoDatabaseWork() {
        int reads = store.unitOfWork.reads;
        List<CustomerLookupItem> items = lookup(ORG, IdentifierType.EMAIL, "not-an-email", " ");

        assertThat(items).extracting(CustomerLookupItem::outcome).containsExactly(LookupOutcome.INVALID,
                LookupOutcome.EMPTY);
        assertThat(store.unitOfWork.reads).isEqualTo(reads);
    }

    @Test
    void registrationStoreAndTillAreResolved() {
        CustomerDetails rita = lookup(ORG, IdentifierType.MOBILE, "44700900999").get(0).details().orElseThrow();

        assertThat(rita.registeredStore().map(s -> s.name())).contains("High Street");
        assertThat(rita.registeredTill().map(t -> t.name())).contains("Till one");
        assertThat(rita.org().timeZone()).isEqualTo(SampleOrg.ZONE);
        assertThat(Optional.of(rita.defaultProgram().orElseThrow().program().pointsToCurrencyRatio()))
                .contains(new BigDecimal("0.5"));
    }

    @Test
    void aCustomerErasedByAPiiDeleteAnswersDeletedByOldIdentifiersAndById() {
        Customer bob = store.customers.findBy(ORG, IdentifierType.MOBILE, List.of("44700900111")).get(0);
        store.customers.addErasedIdentifiers(ORG, bob.requireId(), bob.erase(Instant.parse("2026-06-01T10:00:00Z")));
        store.customers.update(bob);

        assertThat(lookup(ORG, IdentifierType.MOBILE, "44700900111", "44700900999", "0000000000"))
                .extracting(CustomerLookupItem::outcome)
                .containsExactly(LookupOutcome.DELETED, LookupOutcome.FOUND, LookupOutcome.NOT_FOUND);
        assertThat(lookup(ORG, IdentifierType.EXTERNAL_ID, "EXT-B").get(0).outcome()).isEqualTo(LookupOutcome.DELETED);
        assertThat(lookup(ORG, IdentifierType.ID, String.valueOf(bob.requireId().value())).get(0).outcome())
                .isEqualTo(LookupOutcome.DELETED);
        assertThat(lookup(ORG, IdentifierType.ID, String.valueOf(bob.requireId().value())).get(0).details()).isEmpty();
        // the hash is per org: the same mobile in another org is simply unknown there
        assertThat(lookup(OTHER_ORG, IdentifierType.MOBILE, "44700900111").get(0).outcome())
                .isEqualTo(LookupOutcome.NOT_FOUND);
    }

    @Test
    void programIdLimitsTheProgramsAndAnUnknownOneIsRefused() {
        OrgSetup setup = store.orgs.find(ORG).orElseThrow();
        // The sample org runs one program; the system tests show a second one left out.
        org.loyaltyhub.domain.program.Program partner = setup.defaultProgram();
        CustomerDetails rita = service.getCustomerDetails(new CustomerLookupQuery(ORG, IdentifierType.MOBILE,
                List.of("44700900999"), LookupSections.DEFAULTS, 10, options(java.util.Optional.of(partner.id()))))
                .items().get(0).details().orElseThrow();

        assertThat(rita.programs()).extracting(p -> p.program().id()).containsExactly(partner.id());
        assertThat(rita.defaultProgram().orElseThrow().program()).isEqualTo(partner);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.getCustomerDetails(new CustomerLookupQuery(ORG,
                        IdentifierType.MOBILE, List.of("44700900999"), LookupSections.DEFAULTS, 10,
                        options(java.util.Optional.of(new org.loyaltyhub.domain.program.ProgramId(999))))))
                .isInstanceOf(org.loyaltyhub.application.port.in.UnknownProgramException.class);
    }

    private static org.loyaltyhub.application.port.in.LookupOptions options(
            java.util.Optional<org.loyaltyhub.domain.program.ProgramId> program) {
        return new org.loyaltyhub.application.port.in.LookupOptions(program, java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(), false, null, null, null, false);
    }
}
