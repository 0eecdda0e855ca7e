package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.application.port.in.ApiCaller;

/**
 * Promotional points for a member, at the caller's store: a lot of kind PROMOTION that expires by the
 * program's rule; with an {@code availableFrom} date it is a delayed accrual, spendable from that day. The
 * award may upgrade the member. Not on the REST API yet: the org import (seed files) uses it.
 */
public interface AwardPromotionPointsUseCase {
    PointsChanged award(ApiCaller caller, PromotionAwardCommand command);
}
