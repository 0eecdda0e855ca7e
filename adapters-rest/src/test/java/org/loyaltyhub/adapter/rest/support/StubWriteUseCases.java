package org.loyaltyhub.adapter.rest.support;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.AddTransactionUseCase;
import org.loyaltyhub.application.port.in.write.CouponIssued;
import org.loyaltyhub.application.port.in.write.CouponRedeemed;
import org.loyaltyhub.application.port.in.write.CouponRedemptionCommand;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.CustomerWritten;
import org.loyaltyhub.application.port.in.write.DailyJobReport;
import org.loyaltyhub.application.port.in.write.EraseCustomerUseCase;
import org.loyaltyhub.application.port.in.write.IssueCouponUseCase;
import org.loyaltyhub.application.port.in.write.PointsRedeemed;
import org.loyaltyhub.application.port.in.write.PointsRedemptionCommand;
import org.loyaltyhub.application.port.in.write.ProgramStanding;
import org.loyaltyhub.application.port.in.write.RedeemCouponUseCase;
import org.loyaltyhub.application.port.in.write.RedeemPointsUseCase;
import org.loyaltyhub.application.port.in.write.RegisterCustomerUseCase;
import org.loyaltyhub.application.port.in.write.RunDailyJobsUseCase;
import org.loyaltyhub.application.port.in.write.TransactionCommand;
import org.loyaltyhub.application.port.in.write.TransactionRecorded;
import org.loyaltyhub.application.port.in.write.UpdateCustomerUseCase;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.in.write.WriteRefusedException;
import org.loyaltyhub.application.port.out.StorageUnavailableException;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponRedemption;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.CouponValidity;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.Registration;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.SlabChangeType;

/**
 * Every write use case, answering from {@link TestCustomers} and remembering what it was asked. A customer
 * named by the external id {@code refuse-<REFUSAL>} (for example {@code refuse-DUPLICATE_TRANSACTION}) makes
 * any of them refuse with that refusal; the external id {@value #FAILING_EXTERNAL_ID} makes them fail as a
 * broken database would, and {@value #UNREACHABLE_EXTERNAL_ID} as an unreachable one.
 */
public final class StubWriteUseCases implements RegisterCustomerUseCase, UpdateCustomerUseCase,
        EraseCustomerUseCase, AddTransactionUseCase, RedeemPointsUseCase, IssueCouponUseCase, RedeemCouponUseCase,
        RunDailyJobsUseCase {
    public static final String REFUSE = "refuse-";
    public static final String FAILING_EXTERNAL_ID = "boom";
    public static final String UNREACHABLE_EXTERNAL_ID = "db-down";
    public static final long NEW_CUSTOMER_ID = 501;
    public static final long TRANSACTION_ID = 373930900;
    public static final long REDEMPTION_ID = 9001;
    public static final Instant NOW = Instant.parse("2026-11-25T06:30:00Z");
    public static final DailyJobReport REPORT = new DailyJobReport(LocalDate.of(2026, 11, 25), 12, 3, 4, 1);

    /** One call to a use case: which one, for whom, with what, and on which thread. */
    public record Call(String useCase, ApiCaller caller, Object command, String thread) {
        Call(String useCase, ApiCaller caller, Object command) {
            this(useCase, caller, command, Thread.currentThread().getName());
        }
    }

    public record Update(CustomerRef ref, CustomerProfile changes) {
    }

    public record Issue(CustomerRef customer, SeriesId seriesId) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public void reset() {
        calls.clear();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The commands of one kind, in the order they came. */
    public <T> List<T> commands(Class<T> type) {
        List<T> commands = new ArrayList<>();
        for (Call call : calls) {
            if (type.isInstance(call.command())) {
                commands.add(type.cast(call.command()));
            }
        }
        return commands;
    }

    public <T> T only(Class<T> type) {
        List<T> commands = commands(type);
        if (commands.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + ", got " + commands);
        }
        return commands.get(0);
    }

    @Override
    public CustomerWritten register(ApiCaller caller, CustomerProfile profile) {
        calls.add(new Call("register", caller, profile));
        refuseIfAsked(profile.externalId());
        if (TestCustomers.ASHA_MOBILE.equals(profile.mobile())) {
            return new CustomerWritten(asha(), false, List.of(mainStanding(TestCustomers.asha().programs().get(0).balance())));
        }
        Instant registeredOn = profile.registeredOn() == null ? NOW : profile.registeredOn();
        CustomerType type = profile.type() == null ? CustomerType.LOYALTY : profile.type();
        Customer customer = Customer.register(caller.orgId(), profile.firstname(), profile.lastname(),
                profile.mobile() == null ? null : new Mobile(profile.mobile()),
                profile.email() == null ? null : new Email(profile.email()),
                profile.externalId() == null ? null : new ExternalId(profile.externalId()), type,
                new Registration(registeredOn, null, null, caller.storeCode(), caller.tillCode()),
                profile.customFields(), profile.extendedFields(), List.of())
                .withId(new CustomerId(NEW_CUSTOMER_ID));
        return new CustomerWritten(customer, true,
                type == CustomerType.LOYALTY ? List.of(mainStanding(PointsBalance.EMPTY)) : List.of());
    }

    @Override
    public CustomerWritten update(ApiCaller caller, CustomerRef ref, CustomerProfile changes) {
        calls.add(new Call("update", caller, new Update(ref, changes)));
        refuseIfAsked(ref);
        Customer asha = asha();
        if (changes.firstname() != null || changes.lastname() != null) {
            asha.rename(changes.firstname() == null ? asha.firstname() : changes.firstname(),
                    changes.lastname() == null ? asha.lastname() : changes.lastname(), NOW);
        }
        return new CustomerWritten(asha, false, List.of(mainStanding(TestCustomers.asha().programs().get(0).balance())));
    }

    @Override
    public CustomerId erase(ApiCaller caller, CustomerRef customer) {
        calls.add(new Call("erase", caller, customer));
        refuseIfAsked(customer);
        return new CustomerId(TestCustomers.ASHA_ID);
    }

    @Override
    public TransactionRecorded add(ApiCaller caller, TransactionCommand command) {
        calls.add(new Call("add", caller, command));
        if (command.customer() == null) {
            return new TransactionRecorded(TRANSACTION_ID, Optional.empty(), Points.ZERO, Points.ZERO, List.of(),
                    Optional.empty());
        }
        refuseIfAsked(command.customer());
        BigDecimal amount = command.amount() == null ? new BigDecimal("1200") : command.amount();
        Points tenth = new Points(amount.multiply(new BigDecimal("0.1")));
        boolean regular = command.type() == TransactionType.REGULAR;
        Points awarded = regular ? tenth : Points.ZERO;
        Points deducted = command.type() == TransactionType.RETURN ? tenth : Points.ZERO;
        boolean upgrade = regular && amount.compareTo(new BigDecimal("25000")) >= 0;
        List<SlabChange> changes = upgrade ? List.of(new SlabChange(new ProgramId(1), SlabChangeType.UPGRADE, 1, 2,
                NOW, LocalDate.of(2027, 11, 30), caller.storeCode(), "upgraded by bill " + command.number()))
                : List.of();
        PointsBalance before = TestCustomers.asha().programs().get(0).balance();
        PointsBalance after = new PointsBalance(before.available().plus(awarded).minus(deducted),
                before.lifetime().plus(awarded).minus(deducted), before.redeemed(), before.expired(),
                before.returned().plus(deducted), before.adjusted(), before.delayed());
        Program program = TestCustomers.mainProgram();
        ProgramStanding standing = new ProgramStanding(program, after, program.slab(upgrade ? 2 : 1),
                upgrade ? LocalDate.of(2027, 11, 30) : null);
        return new TransactionRecorded(TRANSACTION_ID, Optional.of(asha()), awarded, deducted, changes,
                Optional.of(standing));
    }

    @Override
    public PointsRedeemed redeem(ApiCaller caller, PointsRedemptionCommand command) {
        calls.add(new Call("redeemPoints", caller, command));
        refuseIfAsked(command.customer());
        Points redeemed = new Points(command.points());
        PointsBalance before = TestCustomers.asha().programs().get(0).balance();
        PointsBalance after = new PointsBalance(before.available().minus(redeemed), before.lifetime(),
                before.redeemed().plus(redeemed), before.expired(), before.returned(), before.adjusted(),
                before.delayed());
        return new PointsRedeemed(REDEMPTION_ID, asha(), redeemed, mainStanding(after));
    }

    @Override
    public CouponIssued issue(ApiCaller caller, CustomerRef customer, SeriesId seriesId) {
        calls.add(new Call("issue", caller, new Issue(customer, seriesId)));
        refuseIfAsked(customer);
        Coupon coupon = Coupon.reconstitute(56, "CHAI-56", seriesId, new CustomerId(TestCustomers.ASHA_ID), NOW,
                caller.tillCode(), LocalDate.of(2026, 12, 31), 2, List.of());
        return new CouponIssued(coupon, series(seriesId), asha());
    }

    @Override
    public CouponRedeemed redeem(ApiCaller caller, CouponRedemptionCommand command) {
        calls.add(new Call("redeemCoupon", caller, command));
        refuseIfAsked(command.customer());
        Coupon coupon = Coupon.reconstitute(55, command.code(), new SeriesId(9), new CustomerId(TestCustomers.ASHA_ID),
                Instant.parse("2024-02-01T19:00:00Z"), "till.mumbai", LocalDate.of(2026, 12, 31), 2,
                List.of(new CouponRedemption(NOW, caller.tillCode(), command.billNumber())));
        return new CouponRedeemed(coupon, series(new SeriesId(9)), asha());
    }

    @Override
    public DailyJobReport run() {
        calls.add(new Call("dailyJobs", null, REPORT));
        return REPORT;
    }

    private static Customer asha() {
        return TestCustomers.asha().customer();
    }

    private static ProgramStanding mainStanding(PointsBalance balance) {
        Program program = TestCustomers.mainProgram();
        return new ProgramStanding(program, balance, program.slab(1), null);
    }

    private static CouponSeries series(SeriesId id) {
        return new CouponSeries(id, TestCustomers.ORG_ID, "10% off any drink", "CHAI10", "PERC",
                new BigDecimal("10"), CouponValidity.until(LocalDate.of(2026, 12, 31)), 0, 2, null);
    }

    private static void refuseIfAsked(CustomerRef ref) {
        if (ref != null && ref.type() == IdentifierType.EXTERNAL_ID) {
            refuseIfAsked(ref.value());
        }
    }

    private static void refuseIfAsked(String externalId) {
        if (externalId == null) {
            return;
        }
        if (externalId.equals(FAILING_EXTERNAL_ID)) {
            throw new IllegalStateException("connection refused: jdbc:mysql://db.internal:3306/secret");
        }
        if (externalId.equals(UNREACHABLE_EXTERNAL_ID)) {
            throw new StorageUnavailableException("the database cannot be reached",
                    new SQLException("Communications link failure", "08S01"));
        }
        if (externalId.startsWith(REFUSE)) {
            WriteRefusal refusal = WriteRefusal.valueOf(externalId.substring(REFUSE.length()));
            throw new WriteRefusedException(refusal, "stub says " + refusal);
        }
    }
}
