package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.FixedClock;
import org.loyaltyhub.application.fake.InMemoryStore;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.ApiUserImport;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.HistoryEvent;
import org.loyaltyhub.application.port.in.ImportReport;
import org.loyaltyhub.application.port.in.ImportRefusedException;
import org.loyaltyhub.application.port.in.OrgImport;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.in.write.WriteRefusedException;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.CouponValidity;
import org.loyaltyhub.domain.coupon.Restriction;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.Card;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.Note;
import org.loyaltyhub.domain.customer.ProfileExtras;
import org.loyaltyhub.domain.customer.Registration;
import org.loyaltyhub.domain.coupon.OrgEntityType;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.access.AccessRights;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.FraudDetails;
import org.loyaltyhub.domain.customer.FraudStatus;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.SlabChangeType;

class ImportOrgServiceTest {
    private final FixedClock clock = FixedClock.at("2027-03-01T00:00:00Z");
    private final InMemoryStore store = new InMemoryStore();
    private final ImportOrgService importer = new ImportOrgService(store.unitOfWork, store.orgs, store.apiUsers,
            store.customers, store.ledgers, store.purchases, store.slabHistories, store.coupons, store.balances, clock);

    private static HistoryEvent bill(String number, TransactionType type, String amount, String at, String returnOf) {
        return new HistoryEvent.Bill(null, new Purchase(null, new BillRef(SampleOrg.STORE, number), type,
                Money.of(amount), Instant.parse(at), SampleOrg.TILL,
                returnOf == null ? null : new BillRef(SampleOrg.STORE, returnOf)));
    }

    private Customer rita() {
        return SampleOrg.customer(1, "44700900999", null, null, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void replaysHistoryThroughTheRulesAndStoresOnlyWhatTheyProduced() {
        List<HistoryEvent> history = List.of(
                // Out of order on purpose: the import sorts by time.
                bill("R1", TransactionType.RETURN, "300", "2026-02-10T10:00:00Z", "B1"),
                bill("B1", TransactionType.REGULAR, "600", "2026-02-01T10:00:00Z", null),
                bill("B2", TransactionType.REGULAR, "600", "2026-02-05T10:00:00Z", null));

        ImportReport report = importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(),
                List.of(new CustomerImport(rita(), history))));

        CustomerId id = new CustomerId(1);
        List<LedgerEntry> entries = store.ledgers.entriesOf(List.of(id)).get(id);
        assertThat(entries).extracting(LedgerEntry::kind)
                .containsExactly(EntryKind.EARN, EntryKind.EARN, EntryKind.RETURN, EntryKind.EXPIRE);
        // Half of B1 returned: half of its 600 points taken back.
        assertThat(entries.get(2).points()).isEqualTo(Points.of(300));
        // Lifetime reached 1200 with B2: Silver; the return does not downgrade.
        List<SlabChange> history2 = store.slabHistories.historyOf(List.of(id)).get(id);
        assertThat(history2).extracting(SlabChange::type)
                .containsExactly(SlabChangeType.UPGRADE, SlabChangeType.DOWNGRADE);
        // Silver ran 2026-02-05..2027-02-04; net purchases in it were 600 - 300 = 300, below the 500
        // needed to renew, so the import (which catches up to now) dropped the customer back to Blue.
        assertThat(history2.get(0).validUntil()).isEqualTo(SampleOrg.day("2027-02-04"));
        assertThat(history2.get(1).changedOn()).isEqualTo(Instant.parse("2027-02-04T18:30:00Z"));
        // Both lots were earned in February 2026 and lapse after 2027-02-28: 300 + 600 left, one entry.
        assertThat(entries.get(3).points()).isEqualTo(Points.of(900));
        assertThat(entries.get(3).expiresOn()).isEqualTo(SampleOrg.day("2027-02-28"));
        assertThat(report.customers()).isEqualTo(1);
        assertThat(report.events()).isEqualTo(3);
    }

    @Test
    void historyInTheFutureIsRefused() {
        OrgImport orgImport = new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(),
                List.of(bill("B1", TransactionType.REGULAR, "10", "2027-03-02T00:00:00Z", null)))));

        assertThatThrownBy(() -> importer.importOrg(orgImport)).hasMessageContaining("future");
    }

    @Test
    void importsIntoAnEmptyDatabaseOnlyOnce() {
        OrgImport first = new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(), List.of())));
        OrgImport second = new OrgImport(SampleOrg.setup(2), List.of(), List.of());

        assertThat(importer.importIntoEmptyDatabase(first)).isPresent();
        assertThat(importer.importIntoEmptyDatabase(second)).isEmpty();
        assertThat(store.orgs.find(new OrgId(2))).isEmpty();
    }

    @Test
    void apiUsersAreStoredAsASlowHashOfTheMd5TheClientSends() {
        importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(new ApiUserImport("demo.till", SampleOrg.TILL,
                "demo123")), List.of()));

        var user = store.apiUsers.findByUsername("demo.till").orElseThrow();
        assertThat(user.password().matches(ImportOrgService.md5Hex("demo123"))).isTrue();
        assertThat(user.password().matches("demo123")).isFalse();
        assertThat(user.password().encoded()).doesNotContain(ImportOrgService.md5Hex("demo123"));
        assertThat(user.storeCode()).isEqualTo(SampleOrg.STORE);
    }

    @Test
    void anApiUserKeepsItsAccessGroup() {
        importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(
                new ApiUserImport("viewer", SampleOrg.TILL, "demo123", AccessRights.READ_ONLY),
                new ApiUserImport("writer", SampleOrg.TILL, "demo123")), List.of()));

        assertThat(store.apiUsers.findByUsername("viewer").orElseThrow().rights()).isEqualTo(AccessRights.READ_ONLY);
        assertThat(store.apiUsers.findByUsername("writer").orElseThrow().rights()).isEqualTo(AccessRights.FULL);
    }

    @Test
    void eachImportedMembersBalancesAreStoredAsOfTheImportDay() {
        List<HistoryEvent> history = List.of(
                bill("B1", TransactionType.REGULAR, "600", "2027-01-10T10:00:00Z", null),
                new HistoryEvent.PointsRedemption(null, Points.of(100), Instant.parse("2027-02-03T10:00:00Z"), null));

        importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(), history))));

        CustomerId id = new CustomerId(1);
        var stored = store.balances.balancesOf(List.of(id)).get(id).get(SampleOrg.setup(1).defaultProgram().id());
        assertThat(stored.asOf()).isEqualTo(SampleOrg.day("2027-03-01"));
        assertThat(stored.balance().available()).isEqualTo(Points.of(500));
        assertThat(stored.balance().redeemed()).isEqualTo(Points.of(100));
    }

    @Test
    void aCustomerMarkedAsFraudCannotRedeemInHistory() {
        List<HistoryEvent> history = List.of(
                bill("B1", TransactionType.REGULAR, "600", "2026-02-01T10:00:00Z", null),
                new HistoryEvent.FraudMark(new FraudDetails(FraudStatus.MARKED, "call centre",
                        Instant.parse("2026-02-02T10:00:00Z"), "shared card")),
                new HistoryEvent.PointsRedemption(null, Points.of(100), Instant.parse("2026-02-03T10:00:00Z"), null));
        OrgImport orgImport = new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(), history)));

        assertThatThrownBy(() -> importer.importOrg(orgImport)).hasMessageContaining("fraud");
    }

    @Test
    void fraudMarksAndNotesAreStoredOnTheCustomer() {
        List<HistoryEvent> history = List.of(new HistoryEvent.FraudMark(new FraudDetails(FraudStatus.CONFIRMED,
                "call centre", Instant.parse("2026-02-02T10:00:00Z"), "shared card")));

        importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(), history))));

        Customer stored = store.customers.findBy(new OrgId(1), IdentifierType.MOBILE, List.of("44700900999")).get(0);
        assertThat(stored.fraud().status()).isEqualTo(FraudStatus.CONFIRMED);
        assertThat(stored.updatedOn()).isEqualTo(Instant.parse("2026-02-02T10:00:00Z"));
    }

    @Test
    void anUnknownStoreIsRefusedAsTransactionAddRefusesIt() {
        HistoryEvent badBill = new HistoryEvent.Bill(null, new Purchase(null, new BillRef("nowhere", "B1"),
                TransactionType.REGULAR, Money.of("10"), Instant.parse("2026-02-01T10:00:00Z"), SampleOrg.TILL, null));
        OrgImport orgImport = new OrgImport(SampleOrg.setup(1), List.of(),
                List.of(new CustomerImport(rita(), List.of(badBill))));

        assertRefused(orgImport, WriteRefusal.UNKNOWN_STORE)
                .hasMessage("customer Rita John, event bill B1 (REGULAR) at store nowhere at 2026-02-01T10:00:00Z: "
                        + "refused (UNKNOWN_STORE): store nowhere is not a store of this org");
    }

    @Test
    void aBillThatDuplicatesAnEarlierOneAtTheSameStoreIsRefusedAsADuplicate() {
        OrgImport orgImport = new OrgImport(SampleOrg.setup(1), List.of(), List.of(
                new CustomerImport(rita(), List.of(bill("B1", TransactionType.REGULAR, "600", "2026-02-01T10:00:00Z",
                        null))),
                new CustomerImport(ann(), List.of(bill("B1", TransactionType.REGULAR, "50", "2026-03-01T10:00:00Z",
                        null)))));

        assertRefused(orgImport, WriteRefusal.DUPLICATE_TRANSACTION)
                .hasMessageStartingWith("customer Ann Lee, event bill B1 (REGULAR) at store store.1")
                .hasMessageContaining("bill B1 is already recorded at store store.1 as REGULAR");
    }

    @Test
    void anEventBeforeTheRegistrationIsRefused() {
        assertThatThrownBy(() -> new CustomerImport(rita(), List.of(
                bill("B0", TransactionType.REGULAR, "10", "2025-12-31T23:59:59Z", null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an event of Rita John predates the registration");
    }

    @Test
    void eachRegistrationAndEventIsAWriteOfItsOwnUseCaseInsideTheImport() {
        List<HistoryEvent> history = List.of(
                bill("B1", TransactionType.REGULAR, "600", "2026-02-01T10:00:00Z", null),
                new HistoryEvent.PointsRedemption(null, Points.of(100), Instant.parse("2026-02-03T10:00:00Z"), null),
                new HistoryEvent.NoteAdded(new Note(Instant.parse("2026-02-04T10:00:00Z"), "call centre", "Called")));

        importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(), history))));

        // the import's own, the registration, three events and the final catch-up: each joins the import's
        assertThat(store.unitOfWork.writes).isEqualTo(1 + 1 + 3 + 1);
    }

    @Test
    void theFinalCatchUpExpiresPointsUpToTheRealNow() {
        // Earned 2026-01-10, the lot lapses after 2027-01-31: long before the import on 2027-03-01.
        importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(),
                List.of(bill("B1", TransactionType.REGULAR, "600", "2026-01-10T10:00:00Z", null))))));

        CustomerId id = new CustomerId(1);
        List<LedgerEntry> entries = store.ledgers.entriesOf(List.of(id)).get(id);
        assertThat(entries).extracting(LedgerEntry::kind).containsExactly(EntryKind.EARN, EntryKind.EXPIRE);
        assertThat(entries.get(1).points()).isEqualTo(Points.of(600));
        var stored = store.balances.balancesOf(List.of(id)).get(id).get(SampleOrg.setup(1).defaultProgram().id());
        assertThat(stored.asOf()).isEqualTo(SampleOrg.day("2027-03-01"));
        assertThat(stored.balance().available()).isEqualTo(Points.ZERO);
        assertThat(stored.balance().expired()).isEqualTo(Points.of(600));
    }

    @Test
    void aRedemptionBeyondTheBalanceIsRefusedAsPointsRedeemRefusesIt() {
        List<HistoryEvent> history = List.of(
                bill("B1", TransactionType.REGULAR, "600", "2026-02-01T10:00:00Z", null),
                new HistoryEvent.PointsRedemption(null, Points.of(601), Instant.parse("2026-02-03T10:00:00Z"),
                        SampleOrg.STORE));

        assertRefused(new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(), history))),
                WriteRefusal.INSUFFICIENT_POINTS)
                .hasMessageContaining("customer Rita John, event redeem of 601 points at 2026-02-03T10:00:00Z");
    }

    @Test
    void anEventAfterAPiiDeleteIsRefusedAsTheApiRefusesWritesForAnErasedCustomer() {
        List<HistoryEvent> history = List.of(
                new HistoryEvent.PiiDelete(Instant.parse("2026-02-01T10:00:00Z")),
                bill("B1", TransactionType.REGULAR, "600", "2026-02-02T10:00:00Z", null));

        assertRefused(new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(), history))),
                WriteRefusal.CUSTOMER_ERASED);
    }

    @Test
    void aPiiDeleteErasesTheCustomerAndItsOptionalProfileParts() {
        ProfileExtras extras = new ProfileExtras(List.of(), "DND", java.util.Map.of(), "vip", null);
        importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(),
                List.of(new HistoryEvent.PiiDelete(Instant.parse("2026-02-01T10:00:00Z"))), extras))));

        CustomerId id = new CustomerId(1);
        Customer erased = store.customers.findBy(new OrgId(1), IdentifierType.ID, List.of("1")).get(0);
        assertThat(erased.erasedOn()).contains(Instant.parse("2026-02-01T10:00:00Z"));
        assertThat(store.customers.findBy(new OrgId(1), IdentifierType.MOBILE, List.of("44700900999"))).isEmpty();
        assertThat(store.customers.extrasOf(List.of(id)).getOrDefault(id, ProfileExtras.NONE))
                .isEqualTo(ProfileExtras.NONE);
    }

    @Test
    void theOptionalProfilePartsOfALiveCustomerAreStored() {
        ProfileExtras extras = new ProfileExtras(List.of(), "DND", java.util.Map.of(), "vip", null);
        importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(),
                List.of(), extras))));

        CustomerId id = new CustomerId(1);
        assertThat(store.customers.extrasOf(List.of(id)).get(id)).isEqualTo(extras);
    }

    @Test
    void couponsKeepTheirSeedCodesAndAreRedeemedUnderTheSeriesRules() {
        SeriesId tenOff = SampleOrg.setup(1).couponSeries().get(0).id();
        List<HistoryEvent> history = List.of(
                new HistoryEvent.CouponIssue(tenOff, "SEED-1", Instant.parse("2026-02-01T10:00:00Z"), SampleOrg.TILL),
                new HistoryEvent.CouponUse("SEED-1", Instant.parse("2026-02-02T10:00:00Z"), SampleOrg.TILL, "B9"));

        importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(), history))));

        Coupon coupon = store.coupons.findByCode(new OrgId(1), "SEED-1").orElseThrow();
        assertThat(coupon.createdBy()).isEqualTo(SampleOrg.TILL);
        assertThat(coupon.createdOn()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
        assertThat(coupon.redemptions()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo(Instant.parse("2026-02-02T10:00:00Z"));
            assertThat(r.billNumber()).isEqualTo("B9");
        });
    }

    @Test
    void aCouponOfASeriesRestrictedToAnotherTillIsRefusedAsCouponRedeemRefusesIt() {
        OrgSetup setup = withTillOnlySeries(SampleOrg.setup(1));
        List<HistoryEvent> history = List.of(
                new HistoryEvent.CouponIssue(TILL_2_ONLY, "T2-1", Instant.parse("2026-02-01T10:00:00Z"), SampleOrg.TILL),
                new HistoryEvent.CouponUse("T2-1", Instant.parse("2026-02-02T10:00:00Z"), SampleOrg.TILL, null));

        assertRefused(new OrgImport(setup, List.of(), List.of(new CustomerImport(rita(), history))),
                WriteRefusal.COUPON_RESTRICTED);
    }

    @Test
    void aCouponCodeTwoCustomersWouldShareIsRefused() {
        SeriesId tenOff = SampleOrg.setup(1).couponSeries().get(0).id();
        OrgImport orgImport = new OrgImport(SampleOrg.setup(1), List.of(), List.of(
                new CustomerImport(rita(), List.of(new HistoryEvent.CouponIssue(tenOff, "SEED-1",
                        Instant.parse("2026-02-01T10:00:00Z"), SampleOrg.TILL))),
                new CustomerImport(ann(), List.of(new HistoryEvent.CouponIssue(tenOff, "SEED-1",
                        Instant.parse("2026-02-01T10:00:00Z"), SampleOrg.TILL)))));

        assertRefused(orgImport, WriteRefusal.INVALID_INPUT)
                .hasMessageContaining("customer Ann Lee").hasMessageContaining("SEED-1 is already taken");
    }

    @Test
    void aMixedBillIsRecordedAndEarnsNothing() {
        importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(),
                List.of(bill("M1", TransactionType.MIXED, "500", "2027-02-01T10:00:00Z", null))))));

        CustomerId id = new CustomerId(1);
        assertThat(store.purchases.historyOf(List.of(id)).get(id).values()).singleElement()
                .satisfies(bills -> assertThat(bills).extracting(Purchase::type).containsExactly(TransactionType.MIXED));
        assertThat(store.ledgers.entriesOf(List.of(id)).getOrDefault(id, List.of())).isEmpty();
    }

    @Test
    void adjustmentsPromotionsAndNotesGoThroughTheirOwnUseCases() {
        List<HistoryEvent> history = List.of(
                new HistoryEvent.PointsAdjustment(null, Points.of(50), Instant.parse("2027-01-05T10:00:00Z"),
                        "Goodwill"),
                new HistoryEvent.PromotionAward(null, Points.of(70), Instant.parse("2027-01-06T10:00:00Z"),
                        SampleOrg.day("2027-04-01"), SampleOrg.STORE, "Spring"),
                new HistoryEvent.NoteAdded(new Note(Instant.parse("2027-01-07T10:00:00Z"), "call centre", "Called")));

        importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(), history))));

        CustomerId id = new CustomerId(1);
        List<LedgerEntry> entries = store.ledgers.entriesOf(List.of(id)).get(id);
        assertThat(entries).extracting(LedgerEntry::kind).containsExactly(EntryKind.ADJUST_CREDIT, EntryKind.PROMOTION);
        assertThat(entries.get(0).reason()).isEqualTo("Goodwill");
        assertThat(entries.get(1).availableFrom()).isEqualTo(SampleOrg.day("2027-04-01"));
        assertThat(entries.get(1).storeCode()).isEqualTo(SampleOrg.STORE);
        var stored = store.balances.balancesOf(List.of(id)).get(id).get(SampleOrg.setup(1).defaultProgram().id());
        // the promotion is a delayed accrual: not spendable on the import day
        assertThat(stored.balance().available()).isEqualTo(Points.of(50));
        Customer customer = store.customers.findBy(new OrgId(1), IdentifierType.ID, List.of("1")).get(0);
        assertThat(customer.notes()).containsExactly(new Note(Instant.parse("2027-01-07T10:00:00Z"), "call centre",
                "Called"));
        assertThat(customer.updatedOn()).isEqualTo(Instant.parse("2027-01-07T10:00:00Z"));
    }

    @Test
    void aSecondCustomerWithAnIdentifierOfAnEarlierOneIsRefusedNotMerged() {
        OrgImport orgImport = new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(),
                List.of()), new CustomerImport(rita(), List.of())));

        assertThatThrownBy(() -> importer.importOrg(orgImport)).isInstanceOf(ImportRefusedException.class)
                .hasMessage("customer Rita John, registration: an identifier of this customer already belongs to"
                        + " customer 1 of the file; each customer needs their own");
    }

    @Test
    void anEventAtATillTheOrgDoesNotHaveIsRefused() {
        HistoryEvent atUnknownTill = new HistoryEvent.Bill(null, new Purchase(null, new BillRef(SampleOrg.STORE, "B1"),
                TransactionType.REGULAR, Money.of("10"), Instant.parse("2026-02-01T10:00:00Z"), "till.9", null));

        assertThatThrownBy(() -> importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(),
                List.of(new CustomerImport(rita(), List.of(atUnknownTill))))))
                .isInstanceOf(ImportRefusedException.class).hasMessageEndingWith(": unknown till till.9");
    }

    @Test
    void registrationKeepsTheSourceAndCardsOfTheFile() {
        Customer online = Customer.register(new OrgId(1), "Ana", "Costa", null, new Email("ana@example.com"), null,
                CustomerType.LOYALTY, new Registration(Instant.parse("2026-01-01T00:00:00Z"), "ecommerce", null,
                        SampleOrg.STORE, SampleOrg.TILL), List.of(), List.of(),
                List.of(new Card("CARD-1", "CX-1", "ACTIVE")));

        importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(online, List.of()))));

        Customer stored = store.customers.findBy(new OrgId(1), IdentifierType.CARD_NUMBER, List.of("CARD-1")).get(0);
        assertThat(stored.registration()).isEqualTo(new Registration(Instant.parse("2026-01-01T00:00:00Z"),
                "ecommerce", SampleOrg.TILL, SampleOrg.STORE, SampleOrg.TILL));
        assertThat(stored.cards()).containsExactly(new Card("CARD-1", "CX-1", "ACTIVE"));
    }

    @Test
    void aFraudMarkKeepsWhoMarkedItAndWhy() {
        importer.importOrg(new OrgImport(SampleOrg.setup(1), List.of(), List.of(new CustomerImport(rita(),
                List.of(new HistoryEvent.FraudMark(new FraudDetails(FraudStatus.CONFIRMED, "loss.prevention",
                        Instant.parse("2026-02-02T10:00:00Z"), "shared card")))))));

        Customer stored = store.customers.findBy(new OrgId(1), IdentifierType.ID, List.of("1")).get(0);
        assertThat(stored.fraud()).isEqualTo(new FraudDetails(FraudStatus.CONFIRMED, "loss.prevention",
                Instant.parse("2026-02-02T10:00:00Z"), "shared card"));
    }

    private static final SeriesId TILL_2_ONLY = new SeriesId(103);

    private static OrgSetup withTillOnlySeries(OrgSetup base) {
        List<CouponSeries> series = new java.util.ArrayList<>(base.couponSeries());
        series.add(new CouponSeries(TILL_2_ONLY, base.org().id(), "till 2 only", "T2", "ABS", java.math.BigDecimal.TEN,
                CouponValidity.forDays(30), 0, 1, new Restriction(OrgEntityType.TILL, "till.2")));
        return new OrgSetup(base.org(), base.stores(), base.tills(), base.programs(), series);
    }

    private Customer ann() {
        return Customer.register(new OrgId(1), "Ann", "Lee", new Mobile("447700900111"), null, null,
                CustomerType.LOYALTY, new Registration(Instant.parse("2026-01-01T00:00:00Z"), "instore", null,
                        SampleOrg.STORE, SampleOrg.TILL), List.of(), List.of(), List.of());
    }

    /** The import is refused for the reason a till would get, and the message says which customer and event. */
    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(OrgImport orgImport,
                                                                                             WriteRefusal refusal) {
        return assertThatThrownBy(() -> importer.importOrg(orgImport))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("refused (" + refusal + ")")
                .satisfies(e -> assertThat(((WriteRefusedException) e.getCause()).refusal()).isEqualTo(refusal));
    }
}
