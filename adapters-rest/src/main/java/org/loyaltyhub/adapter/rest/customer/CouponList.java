package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code "coupons":{"coupon":[...]}}, newest first as the use case gives them. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CouponList(List<CouponRow> coupon) {
    CouponList {
        coupon = List.copyOf(coupon);
    }
}
