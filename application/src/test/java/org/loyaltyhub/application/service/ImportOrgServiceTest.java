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
import org.loyaltyhub.application.port.in.OrgImport;
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
    void anUnknownStoreIsRefused() {
        HistoryEvent badBill = new HistoryEvent.Bill(null, new Purchase(null, new BillRef("nowhere", "B1"),
                TransactionType.REGULAR, Money.of("10"), Instant.parse("2026-02-01T10:00:00Z"), SampleOrg.TILL, null));
        OrgImport orgImport = new OrgImport(SampleOrg.setup(1), List.of(),
                List.of(new CustomerImport(rita(), List.of(badBill))));

        assertThatThrownBy(() -> importer.importOrg(orgImport)).hasMessageContaining("unknown store nowhere");
    }
}
