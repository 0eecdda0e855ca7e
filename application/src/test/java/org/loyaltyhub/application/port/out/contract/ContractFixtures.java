package org.loyaltyhub.application.port.out.contract;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.CouponValidity;
import org.loyaltyhub.domain.coupon.OrgEntityType;
import org.loyaltyhub.domain.coupon.Restriction;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.Card;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.Registration;
import org.loyaltyhub.domain.org.Org;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.org.Store;
import org.loyaltyhub.domain.org.Till;
import org.loyaltyhub.domain.program.Criterion;
import org.loyaltyhub.domain.program.CriterionMetric;
import org.loyaltyhub.domain.program.EarningRule;
import org.loyaltyhub.domain.program.ExpiryRule;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.program.Slab;
import org.loyaltyhub.domain.program.TierRule;

/**
 * Test data shared by the out-port contracts. Every org, program and coupon series gets a fresh id,
 * so contracts never collide, also when an implementation keeps its data between test classes (a
 * MySQL database reused across runs).
 */
public final class ContractFixtures {
    /** A whole second: stores may keep no fractions, and every contract compares exact values. */
    public static final Instant T0 = Instant.parse("2024-03-01T09:15:30Z");
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    // A random start keeps ids of this run apart from those a kept database holds from earlier runs.
    private static final AtomicLong NEXT_ID = new AtomicLong(
            ThreadLocalRandom.current().nextLong(1_000_000L, 1_000_000_000_000L));

    private ContractFixtures() {
    }

    public static long uniqueId() {
        return NEXT_ID.incrementAndGet();
    }

    public static Instant daysAfterT0(long days) {
        return T0.plus(Duration.ofDays(days));
    }

    /**
     * A fully configured org: two stores, three tills, a default program with three slabs (upgrade and
     * renewal rules, per-slab earn rates, monthly expiry) listed after a second program, and two coupon
     * series (one restricted with a fixed end, one open for N days).
     */
    public static OrgSetup fullOrgSetup() {
        OrgId orgId = new OrgId(uniqueId());
        List<Store> stores = List.of(
                new Store(orgId, "S1", "High Street"),
                new Store(orgId, "S2", "Airport"));
        List<Till> tills = List.of(
                new Till(orgId, "S1-T1", "High Street till 1", "S1"),
                new Till(orgId, "S1-T2", "High Street till 2", "S1"),
                new Till(orgId, "S2-T1", "Airport till", "S2"));
        Program main = new Program(new ProgramId(uniqueId()), orgId, "Main Rewards", "Points on every bill", true,
                new BigDecimal("0.25"),
                new EarningRule(new BigDecimal("1"), Map.of(2, new BigDecimal("1.5"), 3, new BigDecimal("2.125"))),
                ExpiryRule.months(12),
                List.of(
                        new Slab(1, "Blue", "Entry slab", null, 0, null),
                        new Slab(2, "Silver", "Second slab",
                                new TierRule(TierRule.Combination.ANY, List.of(
                                        Criterion.of(CriterionMetric.CUMULATIVE_PURCHASES, "25000"),
                                        new Criterion(CriterionMetric.TRACKER_VALUE_BASED, new BigDecimal("5000.5"),
                                                90))),
                                12,
                                new TierRule(TierRule.Combination.ALL, List.of(
                                        Criterion.of(CriterionMetric.PURCHASE, "30000"),
                                        Criterion.of(CriterionMetric.VISITS, "6")))),
                        new Slab(3, "Gold", "Top slab",
                                new TierRule(TierRule.Combination.ALL, List.of(
                                        Criterion.of(CriterionMetric.LIFETIME_POINTS, "100000.125"))),
                                24,
                                new TierRule(TierRule.Combination.ANY, List.of(
                                        Criterion.of(CriterionMetric.POINTS, "20000"))))));
        Program partner = new Program(new ProgramId(uniqueId()), orgId, "Partner Miles", "", false,
                new BigDecimal("1"), new EarningRule(new BigDecimal("0.5"), Map.of()), ExpiryRule.NEVER,
                List.of(new Slab(1, "Member", "Member", null, 0, null)));
        List<CouponSeries> series = List.of(
                new CouponSeries(new SeriesId(uniqueId()), orgId, "10% off shoes", "SHOES10", "PERC",
                        new BigDecimal("10"), CouponValidity.until(LocalDate.of(2025, 12, 31)), 1, 1,
                        new Restriction(OrgEntityType.STORE, "S1")),
                new CouponSeries(new SeriesId(uniqueId()), orgId, "5 off next visit", "FIVE", "ABS",
                        new BigDecimal("5.5"), CouponValidity.forDays(30), 0, 3, null));
        return new OrgSetup(new Org(orgId, "Acme Retail " + orgId.value(), ZONE), stores, tills,
                List.of(partner, main), series);
    }

    /** The smallest valid org: one store, one till, one program with its entry slab, no series. */
    public static OrgSetup minimalOrgSetup() {
        OrgId orgId = new OrgId(uniqueId());
        Program program = new Program(new ProgramId(uniqueId()), orgId, "Rewards", null, true, null,
                new EarningRule(BigDecimal.ONE, Map.of()), ExpiryRule.days(365),
                List.of(new Slab(1, "Base", null, null, 0, null)));
        return new OrgSetup(new Org(orgId, "Tiny Shop " + orgId.value(), ZoneId.of("Asia/Kolkata")),
                List.of(new Store(orgId, "S1", "Only store")),
                List.of(new Till(orgId, "S1-T1", null, "S1")),
                List.of(program),
                List.of());
    }

    public static OrgSetup storedOrg(Orgs orgs) {
        OrgSetup setup = fullOrgSetup();
        orgs.add(setup);
        return setup;
    }

    /**
     * A loyalty customer with every kind of data: all three identifiers (the e-mail given in mixed
     * case), two custom fields, two extended fields and two cards. {@code n} makes identifiers unique
     * within the org.
     */
    public static Customer newCustomer(OrgId orgId, int n) {
        String digits = String.format("4470090%04d", n);
        return Customer.register(orgId, "Ann" + n, "Smith", new Mobile(digits),
                new Email("Ann.Smith" + n + "@Example.COM"), new ExternalId("EXT-" + n), CustomerType.LOYALTY,
                new Registration(T0, "InStore", "cashier-7", "S1", "S1-T1"),
                List.of(new CustomField("favourite_colour", "green"), new CustomField("newsletter", "yes")),
                List.of(new ExtendedField("gender", "F"), new ExtendedField("city", "Leeds")),
                List.of(new Card("CARD-" + n, "CX-" + n, "ACTIVE"), new Card("CARD-" + n + "-B", null, "BLOCKED")));
    }

    /** A non-loyalty customer known only by an external id, with no fields, cards or notes. */
    public static Customer bareCustomer(OrgId orgId, String externalId) {
        return Customer.register(orgId, null, null, null, null, new ExternalId(externalId), CustomerType.NON_LOYALTY,
                new Registration(daysAfterT0(1), null, null, null, null), List.of(), List.of(), List.of());
    }

    public static Customer storedCustomer(Customers customers, OrgId orgId, int n) {
        return customers.add(newCustomer(orgId, n));
    }
}
