package org.loyaltyhub.application.fake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.CouponValidity;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.Email;
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
 * A small org for service tests: one store with one till, a program earning 1 point per currency unit
 * (2 in Gold) whose points expire after 12 months, slabs Blue, Silver (lifetime points 1000) and Gold
 * (cumulative purchases 5000), and one coupon series valid 30 days.
 */
public final class SampleOrg {
    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    public static final String STORE = "store.1";
    public static final String TILL = "till.1";

    private SampleOrg() {
    }

    public static OrgSetup setup(long orgId) {
        OrgId id = new OrgId(orgId);
        Slab blue = new Slab(1, "Blue", "Entry", TierRule.NONE, 0, TierRule.NONE);
        Slab silver = new Slab(2, "Silver", "Silver tier",
                new TierRule(TierRule.Combination.ANY, List.of(Criterion.of(CriterionMetric.LIFETIME_POINTS, "1000"))),
                12, new TierRule(TierRule.Combination.ANY, List.of(Criterion.of(CriterionMetric.PURCHASE, "500"))));
        Slab gold = new Slab(3, "Gold", "Gold tier",
                new TierRule(TierRule.Combination.ANY,
                        List.of(Criterion.of(CriterionMetric.CUMULATIVE_PURCHASES, "5000"))),
                12, new TierRule(TierRule.Combination.ANY, List.of(Criterion.of(CriterionMetric.PURCHASE, "3000"))));
        Program program = new Program(new ProgramId(orgId * 10 + 1), id, "Rewards", "Points on every bill", true,
                new BigDecimal("0.5"), new EarningRule(BigDecimal.ONE, Map.of(3, new BigDecimal("2"))),
                ExpiryRule.months(12), List.of(blue, silver, gold));
        CouponSeries series = new CouponSeries(new SeriesId(orgId * 100 + 1), id, "10% off", "TENOFF", "PERC",
                BigDecimal.TEN, CouponValidity.forDays(30), 0, 1, null);
        return new OrgSetup(new Org(id, "Org " + orgId, ZONE), List.of(new Store(id, STORE, "High Street")),
                List.of(new Till(id, TILL, "Till one", STORE)), List.of(program), List.of(series));
    }

    public static Customer customer(long orgId, String mobile, String email, String externalId, Instant registeredOn) {
        return Customer.register(new OrgId(orgId), "Rita", "John", mobile == null ? null : new Mobile(mobile),
                email == null ? null : new Email(email), externalId == null ? null : new ExternalId(externalId),
                CustomerType.LOYALTY, new Registration(registeredOn, "instore", TILL, STORE, TILL), List.of(),
                List.of(), List.of());
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
