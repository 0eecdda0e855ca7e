package org.loyaltyhub.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loyaltyhub.application.port.out.contract.ContractFixtures.ZONE;
import static org.loyaltyhub.application.port.out.contract.ContractFixtures.daysAfterT0;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.out.CouponQuery;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.domain.coupon.OrgEntityType;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponRedemption;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.org.OrgId;

/** What every {@link Coupons} promises. */
public abstract class CouponsContract {

    protected abstract Coupons coupons();

    /** Coupons belong to stored customers, of a stored org's series. */
    protected abstract Orgs orgs();

    protected abstract Customers customers();

    private OrgSetup org;
    private OrgId orgId;
    /** Valid for 30 days from issue, redeemable three times. */
    private CouponSeries multiUse;
    /** Valid until a fixed day, redeemable once. */
    private CouponSeries singleUse;

    @BeforeEach
    void storeAnOrg() {
        org = ContractFixtures.storedOrg(orgs());
        orgId = org.org().id();
        singleUse = org.couponSeries().get(0);
        multiUse = org.couponSeries().get(1);
    }

    private CustomerId newCustomer(int n) {
        return ContractFixtures.storedCustomer(customers(), orgId, n).requireId();
    }

    private Coupon issue(CouponSeries series, String code, CustomerId customer, Instant at) {
        return series.issue(code, customer, at, "S1-T1", ZONE, List.of());
    }

    @Test
    void addGivesTheCouponAnIdAndKeepsEveryField() {
        CustomerId customer = newCustomer(1);
        Coupon issued = issue(multiUse, "FIVE-0001", customer, daysAfterT0(1));

        Coupon stored = coupons().add(orgId, issued);

        assertThat(stored.id()).isPresent();
        List<Coupon> found = coupons().ofCustomers(List.of(customer)).get(customer);
        assertThat(found).singleElement().usingRecursiveComparison().isEqualTo(stored);
        Coupon coupon = found.get(0);
        assertThat(coupon.code()).isEqualTo("FIVE-0001");
        assertThat(coupon.seriesId()).isEqualTo(multiUse.id());
        assertThat(coupon.customerId()).isEqualTo(customer);
        assertThat(coupon.createdOn()).isEqualTo(daysAfterT0(1));
        assertThat(coupon.createdBy()).isEqualTo("S1-T1");
        assertThat(coupon.validTill()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(coupon.allowedRedemptions()).isEqualTo(3);
        assertThat(coupon.redemptions()).isEmpty();
    }

    @Test
    void redemptionsCarriedAtAddAndAddedLaterComeBackInOrder() {
        CustomerId customer = newCustomer(2);
        Coupon issued = issue(multiUse, "FIVE-0002", customer, daysAfterT0(1));
        CouponRedemption first = issued.redeem(customer, daysAfterT0(2), ZONE, "S1-T2", "B-77");
        Coupon stored = coupons().add(orgId, issued);
        CouponRedemption second = new CouponRedemption(daysAfterT0(3), "S2-T1", "B-78");
        CouponRedemption third = new CouponRedemption(daysAfterT0(4), null, null);

        coupons().addRedemption(stored.id().orElseThrow(), second);
        coupons().addRedemption(stored.id().orElseThrow(), third);

        Coupon found = coupons().ofCustomers(List.of(customer)).get(customer).get(0);
        assertThat(found.redemptions()).containsExactly(first, second, third);
        assertThat(found.isUsedUp()).isTrue();
    }

    @Test
    void couponsComeNewestFirstAndTheLaterAddedFirstWithinOneSecond() {
        CustomerId customer = newCustomer(3);
        Coupon middle = coupons().add(orgId, issue(multiUse, "C-MIDDLE", customer, daysAfterT0(5)));
        Coupon newest = coupons().add(orgId, issue(singleUse, "C-NEWEST", customer, daysAfterT0(9)));
        Coupon oldest = coupons().add(orgId, issue(multiUse, "C-OLDEST", customer, daysAfterT0(1)));
        Coupon sameTimeLater = coupons().add(orgId, issue(multiUse, "C-MIDDLE-2", customer, daysAfterT0(5)));

        List<Coupon> found = coupons().ofCustomers(List.of(customer)).get(customer);

        assertThat(found).extracting(Coupon::code)
                .containsExactly("C-NEWEST", "C-MIDDLE-2", "C-MIDDLE", "C-OLDEST");
        assertThat(found).extracting(c -> c.id().orElseThrow()).containsExactly(
                newest.id().orElseThrow(), sameTimeLater.id().orElseThrow(), middle.id().orElseThrow(),
                oldest.id().orElseThrow());
    }

    @Test
    void aBatchReturnsEachCustomersOwnCouponsWithTheirRedemptions() {
        CustomerId first = newCustomer(4);
        CustomerId second = newCustomer(5);
        CustomerId without = newCustomer(6);
        Coupon ofFirst = issue(singleUse, "S-FIRST", first, daysAfterT0(1));
        CouponRedemption used = ofFirst.redeem(first, daysAfterT0(2), ZONE, "S1-T1", "B-1");
        coupons().add(orgId, ofFirst);
        coupons().add(orgId, issue(multiUse, "M-SECOND", second, daysAfterT0(1)));

        Map<CustomerId, List<Coupon>> found = coupons().ofCustomers(List.of(first, second, without));

        assertThat(found).containsOnlyKeys(first, second);
        assertThat(found.get(first)).extracting(Coupon::code).containsExactly("S-FIRST");
        assertThat(found.get(first).get(0).redemptions()).containsExactly(used);
        assertThat(found.get(second)).extracting(Coupon::code).containsExactly("M-SECOND");
        assertThat(found.get(second).get(0).redemptions()).isEmpty();
    }

    @Test
    void codesAreUniqueWithinAnOrgButNotAcrossOrgs() {
        CustomerId customer = newCustomer(7);
        coupons().add(orgId, issue(multiUse, "DUP-1", customer, daysAfterT0(1)));

        assertThatThrownBy(() -> coupons().add(orgId, issue(multiUse, "DUP-1", customer, daysAfterT0(2))))
                .isInstanceOf(RuntimeException.class);

        OrgSetup other = ContractFixtures.storedOrg(orgs());
        CustomerId ofOther = ContractFixtures.storedCustomer(customers(), other.org().id(), 7).requireId();
        Coupon sameCode = coupons().add(other.org().id(),
                other.couponSeries().get(1).issue("DUP-1", ofOther, daysAfterT0(1), "S1-T1", ZONE, List.of()));
        assertThat(sameCode.id()).isPresent();
        assertThat(coupons().ofCustomers(List.of(customer)).get(customer)).hasSize(1);
    }

    @Test
    void unknownCustomersAndEmptyBatchesGiveNothing() {
        assertThat(coupons().ofCustomers(List.of(new CustomerId(ContractFixtures.uniqueId())))).isEmpty();
        assertThat(coupons().ofCustomers(List.of())).isEmpty();
    }

    @Test
    void aQueryFiltersByStatusSeriesAndRestrictionThenSkipsSortsAndLimitsPerCustomer() {
        CustomerId customer = newCustomer(8);
        CustomerId other = newCustomer(9);
        // On 2024-04-15: A expired (valid till 2024-03-31), B used up, C active (valid till 2024-05-09).
        coupons().add(orgId, issue(multiUse, "Q-A", customer, daysAfterT0(1)));
        Coupon b = issue(singleUse, "Q-B", customer, daysAfterT0(2));
        b.redeem(customer, daysAfterT0(3), ZONE, "S1-T1", "B-1");
        coupons().add(orgId, b);
        coupons().add(orgId, issue(multiUse, "Q-C", customer, daysAfterT0(40)));
        coupons().add(orgId, issue(multiUse, "Q-OTHER", other, daysAfterT0(40)));
        LocalDate today = LocalDate.of(2024, 4, 15);

        assertThat(codes(customer, query(today, null, 0, CouponQuery.Order.CREATED_DATE, false, CouponQuery.Status.ACTIVE)))
                .containsExactly("Q-C");
        assertThat(codes(customer, query(today, null, 0, CouponQuery.Order.CREATED_DATE, false, CouponQuery.Status.EXPIRED)))
                .containsExactly("Q-A");
        assertThat(codes(customer, query(today, null, 0, CouponQuery.Order.CREATED_DATE, false, CouponQuery.Status.REDEEMED)))
                .containsExactly("Q-B");
        assertThat(codes(customer, query(today, null, 0, CouponQuery.Order.CREATED_DATE, false,
                CouponQuery.Status.UNREDEEMED))).containsExactly("Q-C", "Q-A");
        assertThat(codes(customer, query(today, null, 1, CouponQuery.Order.CREATED_DATE, true, null)))
                .containsExactly("Q-B", "Q-C");
        assertThat(codes(customer, query(today, 1, 0, CouponQuery.Order.CREATED_DATE, false, null)))
                .containsExactly("Q-C");
        assertThat(codes(customer, query(today, null, 0, CouponQuery.Order.VALID_TILL, true, null)))
                .containsExactly("Q-A", "Q-C", "Q-B");
        assertThat(codes(customer, new CouponQuery(today, null, 0, null, false, null, singleUse.id(), null, null)))
                .containsExactly("Q-B");
        assertThat(codes(customer, new CouponQuery(today, null, 0, null, false, null, null, OrgEntityType.STORE, "S1")))
                .containsExactly("Q-B");
        assertThat(codes(customer, new CouponQuery(today, null, 0, null, false, null, null, OrgEntityType.STORE, "S2")))
                .isEmpty();
        Map<CustomerId, List<Coupon>> both = coupons().ofCustomers(List.of(customer, other),
                query(today, 1, 0, CouponQuery.Order.CREATED_DATE, false, null));
        assertThat(both.get(other)).extracting(Coupon::code).containsExactly("Q-OTHER");
        assertThat(both.get(customer).get(0).redemptions()).isEmpty();
        assertThat(coupons().ofCustomers(List.of(customer), query(today, null, 0, CouponQuery.Order.CREATED_DATE,
                false, CouponQuery.Status.REDEEMED)).get(customer).get(0).redemptions()).hasSize(1);
    }

    private static CouponQuery query(LocalDate today, Integer limit, int offset, CouponQuery.Order order,
                                     boolean ascending, CouponQuery.Status status) {
        return new CouponQuery(today, limit, offset, order, ascending, status, null, null, null);
    }

    private List<String> codes(CustomerId customer, CouponQuery query) {
        return coupons().ofCustomers(List.of(customer), query).getOrDefault(customer, List.of()).stream()
                .map(Coupon::code).toList();
    }

    @Test
    void findByCodeGivesTheOrgsCouponWithItsRedemptions() {
        CustomerId customer = newCustomer(30);
        Coupon issued = issue(multiUse, "FIND-0001", customer, daysAfterT0(1));
        CouponRedemption first = issued.redeem(customer, daysAfterT0(2), ZONE, "S1-T1", "B-1");
        Coupon stored = coupons().add(orgId, issued);
        CouponRedemption second = new CouponRedemption(daysAfterT0(3), "S2-T1", "B-2");
        coupons().addRedemption(stored.id().orElseThrow(), second);
        coupons().add(orgId, issue(multiUse, "FIND-0002", customer, daysAfterT0(1)));

        Optional<Coupon> found = coupons().findByCode(orgId, "FIND-0001");

        assertThat(found).isPresent();
        assertThat(found.get().id()).isEqualTo(stored.id());
        assertThat(found.get().redemptions()).containsExactly(first, second);
        Coupon listed = coupons().ofCustomers(List.of(customer)).get(customer).stream()
                .filter(c -> c.code().equals("FIND-0001")).findFirst().orElseThrow();
        assertThat(found.get()).usingRecursiveComparison().isEqualTo(listed);
    }

    @Test
    void findByCodeMatchesExactlyWithinTheOrg() {
        CustomerId customer = newCustomer(31);
        coupons().add(orgId, issue(singleUse, "Find-Exact", customer, daysAfterT0(1)));
        OrgId otherOrg = ContractFixtures.storedOrg(orgs()).org().id();

        assertThat(coupons().findByCode(orgId, "Find-Exact")).isPresent();
        assertThat(coupons().findByCode(orgId, "FIND-EXACT")).isEmpty();
        assertThat(coupons().findByCode(orgId, "Find-Exac")).isEmpty();
        assertThat(coupons().findByCode(otherOrg, "Find-Exact")).isEmpty();
    }
}
