package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.domain.coupon.SeriesId;

/** {@code coupon/issue}: issues a new coupon of the series, with a fresh code unique in the org. */
public interface IssueCouponUseCase {
    CouponIssued issue(ApiCaller caller, CustomerRef customer, SeriesId seriesId);
}
