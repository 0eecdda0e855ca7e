package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.application.port.in.ApiCaller;

/**
 * {@code coupon/redeem}: checks validity, ownership, the series' redemption count and restriction (till,
 * store, zone or concept of the caller), and fraud, then records the redemption.
 */
public interface RedeemCouponUseCase {
    CouponRedeemed redeem(ApiCaller caller, CouponRedemptionCommand command);
}
