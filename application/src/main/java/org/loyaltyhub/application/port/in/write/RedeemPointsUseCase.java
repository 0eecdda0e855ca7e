package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.application.port.in.ApiCaller;

/**
 * {@code points/redeem}: takes points from the soonest-expiring lots, never beyond what is available today;
 * refused for fraud-marked customers.
 */
public interface RedeemPointsUseCase {
    PointsRedeemed redeem(ApiCaller caller, PointsRedemptionCommand command);
}
