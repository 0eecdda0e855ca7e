package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert;
import org.loyaltyhub.application.fake.FixedClock;
import org.loyaltyhub.application.fake.InMemoryStore;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.CustomerWritten;
import org.loyaltyhub.application.port.in.write.TransactionCommand;
import org.loyaltyhub.application.port.in.write.TransactionRecorded;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.in.write.WriteRefusedException;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.CouponValidity;
import org.loyaltyhub.domain.coupon.OrgEntityType;
import org.loyaltyhub.domain.coupon.Restriction;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.ledger.PointsLedger;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.org.Store;
import org.loyaltyhub.domain.org.Till;
import org.loyaltyhub.domain.program.EarningRule;
import org.loyaltyhub.domain.program.ExpiryRule;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.program.Slab;
import org.loyaltyhub.domain.program.TierRule;
import org.loyaltyhub.domain.purchase.LineItem;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.shared.Money;

/**
 * The write services over one in-memory store, for {@link SampleOrg} org 1 with a second store and till, a
 * second (non-default) program and coupon series with limits and restrictions. The clock starts at noon
 * in the org's zone (Asia/Kolkata) on 2024-06-15.
 */
final class WriteFixture {
    static final OrgId ORG = new OrgId(1);
    static final ProgramId REWARDS = new ProgramId(11);
    static final ProgramId PARTNER = new ProgramId(12);
    static final SeriesId TEN_OFF = new SeriesId(101);
    static final SeriesId ONE_PER_CUSTOMER = new SeriesId(102);
    static final SeriesId TILL_2_ONLY = new SeriesId(103);
    static final SeriesId STORE_2_ONLY = new SeriesId(104);
    static final SeriesId NORTH_ZONE_ONLY = new SeriesId(105);
    static final SeriesId TWICE = new SeriesId(106);
    static final String STORE_2 = "store.2";
    static final String TILL_2 = "till.2";

    final FixedClock clock = FixedClock.at("2024-06-15T06:30:00Z");
    final InMemoryStore store = new InMemoryStore();
    final OrgSetup setup = setup();
    final ApiCaller till1 = new ApiCaller(SampleOrg.TILL, ORG, SampleOrg.TILL, SampleOrg.STORE);
    final ApiCaller till2 = new ApiCaller(TILL_2, ORG, TILL_2, STORE_2);

    final RegisterCustomerService register = new RegisterCustomerService(store.unitOfWork, store.orgs,
            store.customers, store.ledgers, store.purchases, store.slabHistories, store.balances, clock);
    final UpdateCustomerService update = new UpdateCustomerService(store.unitOfWork, store.orgs, store.customers,
            store.ledgers, store.purchases, store.slabHistories, store.balances, clock);
    final AddTransactionService transactions = new AddTransactionService(store.unitOfWork, store.orgs,
            store.customers, store.ledgers, store.purchases, store.slabHistories, store.balances, clock);
    final RedeemPointsService points = new RedeemPointsService(store.unitOfWork, store.orgs, store.customers,
            store.ledgers, store.purchases, store.slabHistories, store.balances, clock);
    final IssueCouponService issueCoupon = new IssueCouponService(store.unitOfWork, store.orgs, store.customers,
            store.coupons, clock);
    final RedeemCouponService redeemCoupon = new RedeemCouponService(store.unitOfWork, store.orgs, store.customers,
            store.coupons, clock);
    final EraseCustomerService erase = new EraseCustomerService(store.unitOfWork, store.orgs, store.customers,
            clock);
    final AdjustPointsService adjustPoints = new AdjustPointsService(store.unitOfWork, store.orgs, store.customers,
            store.ledgers, store.purchases, store.slabHistories, store.balances, clock);
    final AwardPromotionPointsService awardPoints = new AwardPromotionPointsService(store.unitOfWork, store.orgs,
            store.customers, store.ledgers, store.purchases, store.slabHistories, store.balances, clock);
    final AddNoteService notes = new AddNoteService(store.unitOfWork, store.orgs, store.customers, clock);
    final DailyJobsService dailyJobs = new DailyJobsService(store.unitOfWork, store.orgs, store.customers,
            store.ledgers, store.purchases, store.slabHistories, store.balances, clock);
    final GetCustomerDetailsService details = new GetCustomerDetailsService(store.unitOfWork, store.orgs,
            store.customers, store.ledgers, store.purchases, store.slabHistories, store.coupons, clock);
    /** Shows stored account snapshots while they hold; {@link #details} always replays the history. */
    final GetCustomerDetailsService storedDetails = new GetCustomerDetailsService(store.unitOfWork, store.orgs,
            store.customers, store.ledgers, store.purchases, store.slabHistories, store.coupons, store.balances,
            clock);

    WriteFixture() {
        store.orgs.add(setup);
    }

    private static OrgSetup setup() {
        OrgSetup base = SampleOrg.setup(1);
        Program partner = new Program(PARTNER, ORG, "Partner", "Points at partner shops", false, BigDecimal.ONE,
                new EarningRule(new BigDecimal("0.5"), Map.of()), ExpiryRule.NEVER,
                List.of(new Slab(1, "Member", null, TierRule.NONE, 0, TierRule.NONE)));
        List<CouponSeries> series = new ArrayList<>(base.couponSeries());
        series.add(series(ONE_PER_CUSTOMER, 1, 1, null));
        series.add(series(TILL_2_ONLY, 0, 1, new Restriction(OrgEntityType.TILL, TILL_2)));
        series.add(series(STORE_2_ONLY, 0, 1, new Restriction(OrgEntityType.STORE, STORE_2)));
        series.add(series(NORTH_ZONE_ONLY, 0, 1, new Restriction(OrgEntityType.ZONE, "north")));
        series.add(series(TWICE, 0, 2, null));
        List<Store> stores = new ArrayList<>(base.stores());
        stores.add(new Store(ORG, STORE_2, "Mall"));
        List<Till> tills = new ArrayList<>(base.tills());
        tills.add(new Till(ORG, TILL_2, "Till two", STORE_2));
        List<Program> programs = new ArrayList<>(base.programs());
        programs.add(partner);
        return new OrgSetup(base.org(), stores, tills, programs, series);
    }

    private static CouponSeries series(SeriesId id, int maxPerCustomer, int redemptions, Restriction restriction) {
        return new CouponSeries(id, ORG, "series " + id.value(), "S" + id.value(), "ABS", BigDecimal.TEN,
                CouponValidity.forDays(30), maxPerCustomer, redemptions, restriction);
    }

    static CustomerRef mobile(String mobile) {
        return new CustomerRef(IdentifierType.MOBILE, mobile);
    }

    static CustomerProfile profile(String mobile, String email, String firstname) {
        return new CustomerProfile(mobile, email, null, firstname, null, null, null, null, null, null, null);
    }

    static CustomerProfile nonMember(String mobile) {
        return new CustomerProfile(mobile, null, null, "Nina", null, CustomerType.NON_LOYALTY, null, null, null,
                null, null);
    }

    /** A LOYALTY member registered at till 1, now. */
    CustomerWritten member(String mobile) {
        return register.register(till1, profile(mobile, null, "Rita"));
    }

    static TransactionCommand regular(String mobile, String number, String amount) {
        return regularAt(mobile, number, amount, null);
    }

    static TransactionCommand regularAt(String mobile, String number, String amount, Instant at) {
        return new TransactionCommand(mobile(mobile), TransactionType.REGULAR, number, new BigDecimal(amount), at,
                null, null, null, null, List.of(), null, null);
    }

    static TransactionCommand returnOf(String mobile, String number, String original, String amount,
                                       List<LineItem> lines) {
        return new TransactionCommand(mobile(mobile), TransactionType.RETURN, number,
                amount == null ? null : new BigDecimal(amount), null, null, null, original, null, lines, null, null);
    }

    static LineItem line(int serial, String code, String amount) {
        return new LineItem(serial, code, null, BigDecimal.ONE, Money.of(amount), Money.ZERO, Money.of(amount));
    }

    TransactionRecorded bill(String mobile, String number, String amount) {
        return transactions.add(till1, regular(mobile, number, amount));
    }

    Customer stored(CustomerId id) {
        return store.customers.findBy(ORG, IdentifierType.ID, List.of(String.valueOf(id.value()))).get(0);
    }

    List<LedgerEntry> entries(CustomerId id) {
        return store.ledgers.entriesOf(List.of(id)).getOrDefault(id, List.of());
    }

    /** The program's ledger replayed from what is stored, for comparing with stored balances. */
    PointsLedger replay(CustomerId id, ProgramId program) {
        return PointsLedger.replay(program, SampleOrg.ZONE,
                entries(id).stream().filter(e -> e.programId().equals(program)).toList());
    }

    PointsBalance storedBalance(CustomerId id, ProgramId program) {
        return store.balances.balancesOf(List.of(id)).get(id).get(program).balance();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.now(), SampleOrg.ZONE);
    }

    /** Every stored balance equals a replay of the stored ledger as of the day it was stored. */
    void assertStoredBalancesMatchTheLedger(CustomerId id) {
        store.balances.balancesOf(List.of(id)).getOrDefault(id, Map.of()).forEach((program, stored) ->
                assertThat(stored.balance()).as("stored balance of program %s", program.value())
                        .isEqualTo(replay(id, program).balanceOn(stored.asOf())));
    }

    /** The write is refused for the reason given, and nothing at all is stored. */
    void assertRefused(WriteRefusal refusal, ThrowableAssert.ThrowingCallable write) {
        int before = store.writes();
        assertThatThrownBy(write).isInstanceOf(WriteRefusedException.class)
                .extracting(e -> ((WriteRefusedException) e).refusal()).isEqualTo(refusal);
        assertThat(store.writes()).as("writes after a refused %s", refusal).isEqualTo(before);
    }

    /** As {@link #assertRefused}, also checking the message names what to fix. */
    void assertRefused(WriteRefusal refusal, String messagePart, ThrowableAssert.ThrowingCallable write) {
        int before = store.writes();
        assertThatThrownBy(write).isInstanceOf(WriteRefusedException.class)
                .hasMessageContaining(messagePart)
                .extracting(e -> ((WriteRefusedException) e).refusal()).isEqualTo(refusal);
        assertThat(store.writes()).as("writes after a refused %s", refusal).isEqualTo(before);
    }
}
