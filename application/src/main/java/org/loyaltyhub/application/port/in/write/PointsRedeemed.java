package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.shared.Points;

/** @param redemptionId the ledger entry's id, which Capillary calls the redemption id */
public record PointsRedeemed(long redemptionId, Customer customer, Points redeemed, ProgramStanding standing) {
}
