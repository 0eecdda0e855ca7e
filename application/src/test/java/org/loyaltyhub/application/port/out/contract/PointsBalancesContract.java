package org.loyaltyhub.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsBalances.StoredBalance;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;

/** What every {@link PointsBalances} promises. */
public abstract class PointsBalancesContract {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    protected abstract PointsBalances pointsBalances();

    /** Balances belong to stored customers of stored orgs, per stored program. */
    protected abstract Orgs orgs();

    protected abstract Customers customers();

    private OrgSetup org;
    private ProgramId main;
    private ProgramId partner;

    @BeforeEach
    void storeAnOrg() {
        org = ContractFixtures.storedOrg(orgs());
        main = org.defaultProgram().id();
        partner = org.programs().stream().filter(p -> !p.isDefault()).findFirst().orElseThrow().id();
    }

    private CustomerId newCustomer(int n) {
        return ContractFixtures.storedCustomer(customers(), org.org().id(), n).requireId();
    }

    /** Every figure different, so a figure stored in the wrong column shows. */
    private static PointsBalance balance(String available, String lifetime) {
        return new PointsBalance(Points.of(available), Points.of(lifetime), Points.of("3.5"), Points.of("4.25"),
                Points.of("5.125"), Points.of("-6"), Points.of("7"));
    }

    @Test
    void aSavedBalanceComesBackWithEveryFigureAndItsDay() {
        CustomerId customer = newCustomer(1);
        PointsBalance balance = new PointsBalance(Points.of("26447.104"), Points.of("30000.5"), Points.of("100"),
                Points.of("10"), Points.of("3.333"), Points.of("-1.5"), Points.of("50"));

        pointsBalances().save(customer, main, balance, DAY);

        Map<CustomerId, Map<ProgramId, StoredBalance>> found = pointsBalances().balancesOf(List.of(customer));
        assertThat(found).containsOnlyKeys(customer);
        assertThat(found.get(customer)).containsOnlyKeys(main);
        StoredBalance stored = found.get(customer).get(main);
        assertThat(stored).isEqualTo(new StoredBalance(balance, DAY));
        assertThat(stored.balance().available()).isEqualTo(Points.of("26447.104"));
        assertThat(stored.balance().adjusted()).isEqualTo(Points.of("-1.5"));
        assertThat(stored.balance().delayed()).isEqualTo(Points.of("50"));
    }

    @Test
    void savingAgainReplacesTheBalanceOfThatProgramOnly() {
        CustomerId customer = newCustomer(2);
        pointsBalances().save(customer, main, balance("100", "100"), DAY);
        pointsBalances().save(customer, partner, balance("7", "7"), DAY);

        pointsBalances().save(customer, main, balance("40", "120"), DAY.plusDays(3));

        Map<ProgramId, StoredBalance> found = pointsBalances().balancesOf(List.of(customer)).get(customer);
        assertThat(found).containsOnlyKeys(main, partner);
        assertThat(found.get(main)).isEqualTo(new StoredBalance(balance("40", "120"), DAY.plusDays(3)));
        assertThat(found.get(partner)).isEqualTo(new StoredBalance(balance("7", "7"), DAY));
    }

    @Test
    void aBatchGivesEachCustomersOwnBalancesAndLeavesOutCustomersWithoutAny() {
        CustomerId first = newCustomer(3);
        CustomerId second = newCustomer(4);
        CustomerId without = newCustomer(5);
        pointsBalances().save(first, main, balance("1", "1"), DAY);
        pointsBalances().save(second, main, balance("2", "2"), DAY.plusDays(1));
        pointsBalances().save(second, partner, PointsBalance.EMPTY, DAY.plusDays(1));

        Map<CustomerId, Map<ProgramId, StoredBalance>> found =
                pointsBalances().balancesOf(List.of(first, second, without, first));

        assertThat(found).containsOnlyKeys(first, second);
        assertThat(found.get(first)).containsExactly(Map.entry(main, new StoredBalance(balance("1", "1"), DAY)));
        assertThat(found.get(second)).containsOnlyKeys(main, partner);
        assertThat(found.get(second).get(partner)).isEqualTo(new StoredBalance(PointsBalance.EMPTY, DAY.plusDays(1)));
    }

    @Test
    void unknownCustomersAndEmptyBatchesGiveNothing() {
        assertThat(pointsBalances().balancesOf(List.of(new CustomerId(ContractFixtures.uniqueId())))).isEmpty();
        assertThat(pointsBalances().balancesOf(List.of())).isEmpty();
    }

    private static AccountSnapshot snapshot(String available, LocalDate asOf, LocalDate validUntil,
                                            LocalDate stableUntil) {
        return new AccountSnapshot(balance(available, "30000.5"), asOf, Money.of("35304.57"), 3, validUntil,
                stableUntil);
    }

    @Test
    void aSavedSnapshotComesBackWithEveryFieldAndItsBalanceAsTheStoredBalance() {
        CustomerId customer = newCustomer(6);
        AccountSnapshot withDates = snapshot("26447.104", DAY, DAY.plusMonths(12), DAY.plusDays(29));
        AccountSnapshot withoutDates = new AccountSnapshot(PointsBalance.EMPTY, DAY, Money.ZERO, 1, null, null);

        pointsBalances().save(customer, main, withDates);
        pointsBalances().save(customer, partner, withoutDates);

        Map<ProgramId, AccountSnapshot> found = pointsBalances().snapshotsOf(List.of(customer)).get(customer);
        assertThat(found).containsOnly(Map.entry(main, withDates), Map.entry(partner, withoutDates));
        assertThat(pointsBalances().balancesOf(List.of(customer)).get(customer).get(main))
                .isEqualTo(new StoredBalance(withDates.balance(), DAY));
    }

    @Test
    void savingASnapshotAgainReplacesItAndABalanceSavedAloneDropsIt() {
        CustomerId customer = newCustomer(7);
        pointsBalances().save(customer, main, snapshot("10", DAY, null, null));
        pointsBalances().save(customer, partner, snapshot("20", DAY, null, null));

        AccountSnapshot later = snapshot("15", DAY.plusDays(2), DAY.plusMonths(6), DAY.plusMonths(6));
        pointsBalances().save(customer, main, later);

        assertThat(pointsBalances().snapshotsOf(List.of(customer)).get(customer).get(main)).isEqualTo(later);

        pointsBalances().save(customer, partner, balance("1", "1"), DAY.plusDays(3));

        assertThat(pointsBalances().snapshotsOf(List.of(customer)).get(customer)).containsOnlyKeys(main);
        assertThat(pointsBalances().balancesOf(List.of(customer)).get(customer).get(partner))
                .isEqualTo(new StoredBalance(balance("1", "1"), DAY.plusDays(3)));
    }

    @Test
    void aBatchGivesEachCustomersOwnSnapshotsAndLeavesOutCustomersWithoutAny() {
        CustomerId first = newCustomer(8);
        CustomerId second = newCustomer(9);
        CustomerId balanceOnly = newCustomer(10);
        CustomerId without = newCustomer(11);
        AccountSnapshot ofFirst = snapshot("1", DAY, null, DAY.plusDays(1));
        AccountSnapshot ofSecond = snapshot("2", DAY.plusDays(1), null, null);
        pointsBalances().save(first, main, ofFirst);
        pointsBalances().save(second, partner, ofSecond);
        pointsBalances().save(balanceOnly, main, balance("3", "3"), DAY);

        Map<CustomerId, Map<ProgramId, AccountSnapshot>> found =
                pointsBalances().snapshotsOf(List.of(first, second, balanceOnly, without, first));

        assertThat(found).containsOnlyKeys(first, second);
        assertThat(found.get(first)).containsExactly(Map.entry(main, ofFirst));
        assertThat(found.get(second)).containsExactly(Map.entry(partner, ofSecond));
        assertThat(pointsBalances().snapshotsOf(List.of())).isEmpty();
    }
}
