package org.loyaltyhub.bootstrap.generate;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.in.ApiUserImport;
import org.loyaltyhub.application.port.in.OrgImport;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.CouponValidity;
import org.loyaltyhub.domain.coupon.OrgEntityType;
import org.loyaltyhub.domain.coupon.Restriction;
import org.loyaltyhub.domain.coupon.SeriesId;
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
import org.loyaltyhub.domain.setup.OrgSetup;

/**
 * The generated org: {@value #STORES} stores with one till each, one program with Blue, Silver and Gold
 * slabs (the demo org's rules), four coupon series and the API user {@value #API_USER} /
 * {@value #API_PASSWORD}. Program and series ids are derived from the org id (program = org id, series =
 * org id x 100 + 1..4) because those ids are chosen by the caller and unique across orgs.
 */
final class BenchOrg {
    static final int STORES = 20;
    static final String API_USER = "bench.till";
    static final String API_PASSWORD = "bench123";
    static final ZoneId TIME_ZONE = ZoneId.of("Asia/Kolkata");

    /** Series of the welcome coupon every customer gets at registration (one per customer). */
    static final int WELCOME = 1;
    /** Series a customer gets now and then: 200 off, 10% off at the flagship store, 2 coffees. */
    static final int FLAT_200 = 2;
    static final int FLAGSHIP_10 = 3;
    static final int TWO_COFFEES = 4;

    private BenchOrg() {
    }

    static OrgImport of(OrgId orgId) {
        Org org = new Org(orgId, "Bench Retail " + orgId.value(), TIME_ZONE);
        List<Store> stores = new ArrayList<>();
        List<Till> tills = new ArrayList<>();
        for (int s = 1; s <= STORES; s++) {
            stores.add(new Store(orgId, storeCode(s), "Bench Store " + s));
            tills.add(new Till(orgId, tillCode(s), "Bench Store " + s + " Till 1", storeCode(s)));
        }
        OrgSetup setup = new OrgSetup(org, stores, tills, List.of(program(orgId)), series(orgId));
        return new OrgImport(setup, List.of(new ApiUserImport(API_USER, tillCode(1), API_PASSWORD)), List.of());
    }

    /** Store 1..{@value #STORES}: {@code bench.store01}. */
    static String storeCode(int store) {
        return String.format("bench.store%02d", store);
    }

    /** The till of store 1 is the API user's, {@code bench.till}; the others are {@code bench.till02}... */
    static String tillCode(int store) {
        return store == 1 ? API_USER : String.format("bench.till%02d", store);
    }

    static SeriesId seriesId(OrgId orgId, int series) {
        return new SeriesId(orgId.value() * 100 + series);
    }

    /** How many days a coupon of the series is valid, the issue day included. */
    static int validDays(int series) {
        return switch (series) {
            case WELCOME -> 30;
            case FLAT_200 -> 60;
            case FLAGSHIP_10 -> 14;
            case TWO_COFFEES -> 90;
            default -> throw new IllegalArgumentException("no series " + series);
        };
    }

    private static Program program(OrgId orgId) {
        Slab blue = new Slab(1, "Blue", "Everyone starts here", null, 0, null);
        Slab silver = new Slab(2, "Silver", "Spend 20,000 in total",
                rule(Criterion.of(CriterionMetric.CUMULATIVE_PURCHASES, "20000")), 12,
                rule(Criterion.of(CriterionMetric.PURCHASE, "10000")));
        Slab gold = new Slab(3, "Gold", "Spend 50,000 in total",
                rule(Criterion.of(CriterionMetric.CUMULATIVE_PURCHASES, "50000")), 12,
                rule(Criterion.of(CriterionMetric.PURCHASE, "25000")));
        return new Program(new ProgramId(orgId.value()), orgId, "Bench Rewards",
                "One point for every 10 spent, 1.5 in Gold", true, new BigDecimal("0.1"),
                new EarningRule(new BigDecimal("0.1"), Map.of(3, new BigDecimal("0.15"))), ExpiryRule.months(12),
                List.of(blue, silver, gold));
    }

    private static TierRule rule(Criterion criterion) {
        return new TierRule(TierRule.Combination.ANY, List.of(criterion));
    }

    private static List<CouponSeries> series(OrgId orgId) {
        return List.of(
                new CouponSeries(seriesId(orgId, WELCOME), orgId, "Welcome: 10% off your next purchase", "WELCOME10",
                        "PERC", new BigDecimal("10"), CouponValidity.forDays(validDays(WELCOME)), 1, 1, null),
                new CouponSeries(seriesId(orgId, FLAT_200), orgId, "200 off a bill over 2,000", "FLAT200", "ABS",
                        new BigDecimal("200"), CouponValidity.forDays(validDays(FLAT_200)), 0, 1, null),
                new CouponSeries(seriesId(orgId, FLAGSHIP_10), orgId, "10% off at the flagship store", "FLAG10",
                        "PERC", new BigDecimal("10"), CouponValidity.forDays(validDays(FLAGSHIP_10)), 0, 1,
                        new Restriction(OrgEntityType.STORE, storeCode(1))),
                new CouponSeries(seriesId(orgId, TWO_COFFEES), orgId, "Two free coffees at the cafe", "COFFEE2", "ABS",
                        new BigDecimal("150"), CouponValidity.forDays(validDays(TWO_COFFEES)), 0, 2, null));
    }
}
