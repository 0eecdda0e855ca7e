package org.loyaltyhub.application.port.in.write;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * @param customer   who presents the coupon; must be its owner
 * @param billNumber the bill it is used on (may be null)
 * @param billAmount the bill's amount (may be null)
 * @param at         null: now
 */
public record CouponRedemptionCommand(String code, CustomerRef customer, String billNumber, BigDecimal billAmount,
                                      Instant at) {
    public CouponRedemptionCommand {
        Objects.requireNonNull(customer, "customer");
        code = code == null ? "" : code.trim();
    }
}
