package org.loyaltyhub.adapter.rest.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.application.port.in.CouponView;
import org.loyaltyhub.application.port.in.CustomerDetails;
import org.loyaltyhub.application.port.in.ProgramSummary;
import org.loyaltyhub.application.port.in.TransactionView;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponRedemption;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.CouponStatus;
import org.loyaltyhub.domain.coupon.CouponValidity;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.FraudDetails;
import org.loyaltyhub.domain.customer.FraudStatus;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.Note;
import org.loyaltyhub.domain.customer.Registration;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.PointsBalance;
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
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;

/**
 * Hand-built lookup results. The org is in Asia/Kolkata (UTC+05:30), so every time on the wire differs
 * visibly from its UTC value, and one (updated_on) even falls on the next day.
 */
public final class TestCustomers {
    public static final OrgId ORG_ID = new OrgId(7);
    public static final Org ORG = new Org(ORG_ID, "Chai & Co", ZoneId.of("Asia/Kolkata"));

    public static final Store MUMBAI_STORE = new Store(ORG_ID, "store.mumbai", "Mumbai Central");
    public static final Till MUMBAI_TILL = new Till(ORG_ID, "till.mumbai", "Mumbai Till 1", "store.mumbai");

    public static final String ASHA_MOBILE = "919876543210";
    public static final String ASHA_EMAIL = "asha@example.com";
    public static final long ASHA_ID = 101;
    public static final String RAVI_EXTERNAL_ID = "EXT-102";
    /** Looking this mobile up makes the stub use case fail, as a broken database would. */
    public static final String FAILING_MOBILE = "910000000001";
    /** Looking this mobile up finds the database out of reach. */
    public static final String UNREACHABLE_MOBILE = "910000000503";

    private TestCustomers() {
    }

    /** A loyalty member of two programs, with every section filled. */
    public static CustomerDetails asha() {
        Customer customer = Customer.reconstitute(new CustomerId(ASHA_ID), ORG_ID, "Asha", "Rao",
                new Mobile(ASHA_MOBILE), new Email(ASHA_EMAIL), null, CustomerType.LOYALTY,
                new Registration(Instant.parse("2023-04-05T11:37:23Z"), "InStore", null, "store.mumbai",
                        "till.mumbai"),
                Instant.parse("2024-01-31T20:00:00Z"),
                new FraudDetails(FraudStatus.MARKED, "till.mumbai", Instant.parse("2024-01-10T06:00:00Z"),
                        "Too many returns"),
                List.of(new CustomField("favourite_drink", "masala chai")),
                List.of(new ExtendedField("gender", "Female"), new ExtendedField("city", "Mumbai")),
                List.of(),
                List.of(new Note(Instant.parse("2023-06-01T04:30:00Z"), "till.mumbai", "Prefers SMS")));

        ProgramSummary main = new ProgramSummary(mainProgram(),
                new PointsBalance(Points.of("26447.104"), Points.of("27000"), Points.of("552.396"),
                        Points.of("0"), Points.of("0.5"), Points.of("-10"), Points.of("120")),
                mainProgram().slab(1), Optional.of(mainProgram().slab(2)), Optional.empty(), Money.of("9786.50"));
        ProgramSummary partner = new ProgramSummary(partnerProgram(),
                new PointsBalance(Points.of("40"), Points.of("40"), Points.ZERO, Points.ZERO, Points.ZERO,
                        Points.ZERO, Points.ZERO),
                partnerProgram().slab(2), Optional.empty(), Optional.of(LocalDate.of(2027, 5, 6)),
                Money.of("1200"));

        TransactionView bill = new TransactionView(
                new Purchase(373930882L, new BillRef("store.mumbai", "numtest-1239"), TransactionType.REGULAR,
                        Money.of("1200.00"), Instant.parse("2023-04-05T11:37:23Z"), "till.mumbai", null),
                Points.of("120"), MUMBAI_TILL);

        CouponSeries series = new CouponSeries(new SeriesId(9), ORG_ID, "10% off any drink", "CHAI10", "PERC",
                new BigDecimal("10"), CouponValidity.until(LocalDate.of(2024, 12, 31)), 0, 1, null);
        Coupon redeemed = Coupon.reconstitute(55, "CHAI-55", new SeriesId(9), new CustomerId(ASHA_ID),
                Instant.parse("2024-02-01T19:00:00Z"), "till.mumbai", LocalDate.of(2024, 12, 31), 1,
                List.of(new CouponRedemption(Instant.parse("2024-02-03T10:00:00Z"), "till.mumbai", "b-77")));

        return new CustomerDetails(customer, ORG, Optional.of(MUMBAI_STORE), Optional.of(MUMBAI_TILL),
                List.of(main, partner), List.of(bill),
                List.of(new CouponView(redeemed, series, CouponStatus.REDEEMED)));
    }

    /** A non-member known only by an external id, registered at a store that no longer exists. */
    public static CustomerDetails ravi() {
        Customer customer = Customer.reconstitute(new CustomerId(102), ORG_ID, "Ravi", "Kumar", null, null,
                new ExternalId(RAVI_EXTERNAL_ID), CustomerType.NON_LOYALTY,
                new Registration(Instant.parse("2022-12-31T20:00:00Z"), null, null, "store.gone", null),
                null, null, List.of(), List.of(), List.of(), List.of());
        return new CustomerDetails(customer, ORG, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());
    }

    static Program mainProgram() {
        return new Program(new ProgramId(1), ORG_ID, "Chai Rewards", "Our main programme", true,
                new BigDecimal("0.250"), new EarningRule(new BigDecimal("0.1"), Map.of()), ExpiryRule.months(12),
                List.of(new Slab(1, "Silver", "Where everyone starts", null, 0, null),
                        new Slab(2, "Gold", "For regulars",
                                new TierRule(TierRule.Combination.ANY,
                                        List.of(Criterion.of(CriterionMetric.CUMULATIVE_PURCHASES, "25000"))),
                                12, null)));
    }

    static Program partnerProgram() {
        return new Program(new ProgramId(2), ORG_ID, "Partner Miles", null, false, BigDecimal.ONE,
                new EarningRule(BigDecimal.ONE, Map.of()), ExpiryRule.NEVER,
                List.of(new Slab(1, "Blue", null, null, 0, null),
                        new Slab(2, "Black", "Top tier",
                                new TierRule(TierRule.Combination.ANY,
                                        List.of(Criterion.of(CriterionMetric.LIFETIME_POINTS, "30"))),
                                12, null)));
    }
}
