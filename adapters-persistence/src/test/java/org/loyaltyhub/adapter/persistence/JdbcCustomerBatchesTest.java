package org.loyaltyhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.port.out.contract.ContractFixtures.daysAfterT0;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.CustomerBatches;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsBalances.StoredBalance;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.ReplayedHistory;
import org.loyaltyhub.application.port.out.contract.ContractFixtures;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;

/**
 * The bulk writer stores the account snapshots a replayed history carries, balances included, where
 * {@link PointsBalances} reads them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcCustomerBatchesTest implements TestDatabase {
    @Inject
    CustomerBatches batches;
    @Inject
    Orgs orgs;
    @Inject
    PointsBalances balances;
    @Inject
    PointsLedgers ledgers;

    @Test
    void storeAllWritesEachHistorysSnapshotsPerProgram() {
        OrgSetup org = ContractFixtures.storedOrg(orgs);
        ProgramId main = org.defaultProgram().id();
        ProgramId partner = org.programs().stream().filter(p -> !p.isDefault()).findFirst().orElseThrow().id();
        List<Customer> stored = batches.addAll(List.of(ContractFixtures.newCustomer(org.org().id(), 1),
                ContractFixtures.bareCustomer(org.org().id(), "BULK-BARE")));
        Customer member = stored.get(0);
        Customer bare = stored.get(1);
        LocalDate day = LocalDate.of(2024, 4, 1);
        PointsBalance mainBalance = new PointsBalance(Points.of("90.5"), Points.of("100.5"), Points.of("10"),
                Points.ZERO, Points.ZERO, Points.ZERO, Points.of("1.25"));
        PointsBalance partnerBalance = new PointsBalance(Points.of("3"), Points.of("3"), Points.ZERO, Points.ZERO,
                Points.ZERO, Points.ZERO, Points.ZERO);
        AccountSnapshot mainSnapshot = new AccountSnapshot(mainBalance, day, Money.of("1999.99"), 2,
                LocalDate.of(2025, 3, 31), LocalDate.of(2024, 12, 31));
        AccountSnapshot partnerSnapshot = new AccountSnapshot(partnerBalance, day, Money.ZERO, 1, null, null);
        Map<ProgramId, AccountSnapshot> memberSnapshots = new LinkedHashMap<>();
        memberSnapshots.put(main, mainSnapshot);
        memberSnapshots.put(partner, partnerSnapshot);
        LedgerEntry earned = new LedgerEntry(main, EntryKind.ADJUST_CREDIT, Points.of("100.5"), daysAfterT0(1), null,
                null, null, null, "bulk");

        batches.storeAll(List.of(
                new ReplayedHistory(member, false, Map.of(), List.of(earned), List.of(), List.of(), memberSnapshots),
                new ReplayedHistory(bare, false, Map.of(), List.of(), List.of(), List.of(), Map.of())));

        CustomerId memberId = member.requireId();
        Map<CustomerId, Map<ProgramId, StoredBalance>> found =
                balances.balancesOf(List.of(memberId, bare.requireId()));
        assertThat(found).containsOnlyKeys(memberId);
        assertThat(found.get(memberId)).containsOnlyKeys(main, partner);
        assertThat(found.get(memberId).get(main)).isEqualTo(new StoredBalance(mainBalance, day));
        assertThat(found.get(memberId).get(partner)).isEqualTo(new StoredBalance(partnerBalance, day));
        assertThat(ledgers.entriesOf(List.of(memberId)).get(memberId)).containsExactly(earned);
        assertThat(balances.snapshotsOf(List.of(memberId, bare.requireId()))).containsOnlyKeys(memberId);
        assertThat(balances.snapshotsOf(List.of(memberId)).get(memberId))
                .containsOnly(Map.entry(main, mainSnapshot), Map.entry(partner, partnerSnapshot));
    }
}
