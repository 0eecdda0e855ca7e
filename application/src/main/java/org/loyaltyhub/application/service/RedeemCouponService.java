package org.loyaltyhub.application.service;

import java.time.Instant;
import java.util.Optional;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.CouponRedeemed;
import org.loyaltyhub.application.port.in.write.CouponRedemptionCommand;
import org.loyaltyhub.application.port.in.write.RedeemCouponUseCase;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponRedemption;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.Restriction;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * {@code coupon/redeem}: the owner uses a coupon once, at a till and store the series allows, while it is
 * valid and not used up, unless the owner is marked as fraud. Checked under the owner's lock, so two tills
 * cannot both use the last redemption.
 */
public final class RedeemCouponService implements RedeemCouponUseCase {
    private final CustomerWrites writes;
    private final Coupons coupons;

    public RedeemCouponService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, Coupons coupons,
                               ClockPort clock) {
        this.writes = new CustomerWrites(unitOfWork, orgs, customers, clock);
        this.coupons = coupons;
    }

    @Override
    public CouponRedeemed redeem(ApiCaller caller, CouponRedemptionCommand command) {
        if (command.code().isEmpty()) {
            throw Refusals.invalid("code", "the coupon code is required");
        }
        if (command.billAmount() != null) {
            Refusals.requireAmount("bill_amount", command.billAmount());
        }
        return writes.write(() -> {
            OrgSetup setup = writes.setupOf(caller.orgId());
            Customer customer = writes.lock(setup.org().id(), command.customer());
            Coupon coupon = coupons.findByCode(setup.org().id(), command.code()).orElseThrow(() -> Refusals.refuse(
                    WriteRefusal.COUPON_NOT_FOUND, "no coupon with code " + command.code()));
            if (!coupon.customerId().equals(customer.requireId())) {
                throw Refusals.refuse(WriteRefusal.COUPON_NOT_OWNED, "coupon " + coupon.code()
                        + " belongs to another customer");
            }
            customer.assertMaySpend();
            Optional<CouponSeries> series = setup.series(coupon.seriesId());
            series.map(CouponSeries::restriction).ifPresent(r -> refuseOutside(r, caller, coupon));
            Instant at = redemptionTime(command.at(), writes.now(), coupon);
            CouponRedemption redemption = coupon.redeem(customer.requireId(), at, setup.org().timeZone(),
                    caller.tillCode(), command.billNumber());
            coupons.addRedemption(coupon.id().orElseThrow(), redemption);
            return new CouponRedeemed(coupon, series.orElse(null), customer);
        });
    }

    /**
     * A series restricted to a till or store is redeemed only there. Stores carry no zone or concept here,
     * so no store is in any zone or concept and such a restriction refuses everywhere.
     */
    private static void refuseOutside(Restriction restriction, ApiCaller caller, Coupon coupon) {
        boolean allowed = switch (restriction.type()) {
            case TILL -> restriction.value().equals(caller.tillCode());
            case STORE -> restriction.value().equals(caller.storeCode());
            case ZONE, CONCEPT -> false;
        };
        if (!allowed) {
            throw Refusals.refuse(WriteRefusal.COUPON_RESTRICTED, "coupon " + coupon.code() + " may only be redeemed"
                    + " at " + restriction.type().name().toLowerCase() + " " + restriction.value());
        }
    }

    /** Not in the future, not before the coupon was issued nor before its last redemption. */
    private static Instant redemptionTime(Instant requested, Instant now, Coupon coupon) {
        Instant at = requested == null ? now : requested;
        if (at.isAfter(now)) {
            throw Refusals.refuse(WriteRefusal.TIME_OUT_OF_ORDER, "redemption time " + at + " lies in the future");
        }
        Instant earliest = coupon.redemptions().stream().map(CouponRedemption::at)
                .reduce(coupon.createdOn(), (a, b) -> a.isAfter(b) ? a : b);
        if (at.isBefore(earliest)) {
            throw Refusals.refuse(WriteRefusal.TIME_OUT_OF_ORDER, "redemption time " + at + " lies before the coupon's"
                    + " issue or last redemption at " + earliest);
        }
        return at;
    }
}
