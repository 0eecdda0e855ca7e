package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.domain.coupon.SeriesId;

/**
 * Issues a coupon of a series under a code the caller chooses, with every rule of {@code coupon/issue}
 * (loyalty member, the series' limit per customer); the code must be new in the org. A brand that moves its
 * coupons here keeps their codes. Not on the REST API yet: the org import (seed files) uses it.
 */
public interface IssueCouponWithCodeUseCase {
    /** @param code the coupon's code; null draws a fresh one, as {@link IssueCouponUseCase} does */
    CouponIssued issue(ApiCaller caller, CustomerRef customer, SeriesId seriesId, String code);
}
