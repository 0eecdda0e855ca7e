package org.loyaltyhub.application.service;

import java.math.BigDecimal;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.in.write.WriteRefusedException;
import org.loyaltyhub.domain.shared.DomainException;
import org.loyaltyhub.domain.shared.Points;

/** How the write services say no: one place that turns the domain's rule codes into write refusals. */
final class Refusals {
    private Refusals() {
    }

    static WriteRefusedException refuse(WriteRefusal refusal, String message) {
        return new WriteRefusedException(refusal, message);
    }

    static WriteRefusedException invalid(String field, String problem) {
        return new WriteRefusedException(WriteRefusal.INVALID_INPUT, field + ": " + problem);
    }

    /** The refusal a domain rule's code stands for; a code without its own refusal is bad input. */
    static WriteRefusedException of(DomainException e) {
        WriteRefusal refusal = switch (e.code()) {
            case "FRAUD_BLOCKED" -> WriteRefusal.FRAUD_BLOCKED;
            case "INSUFFICIENT_POINTS" -> WriteRefusal.INSUFFICIENT_POINTS;
            case "UNKNOWN_BILL" -> WriteRefusal.UNKNOWN_BILL;
            case "NOT_LOYALTY" -> WriteRefusal.NOT_LOYALTY;
            case "COUPON_LIMIT_REACHED" -> WriteRefusal.COUPON_LIMIT_REACHED;
            case "COUPON_NOT_OWNED" -> WriteRefusal.COUPON_NOT_OWNED;
            case "COUPON_EXPIRED" -> WriteRefusal.COUPON_EXPIRED;
            case "COUPON_REDEEMED" -> WriteRefusal.COUPON_USED_UP;
            case "ALREADY_ERASED" -> WriteRefusal.CUSTOMER_ERASED;
            default -> WriteRefusal.INVALID_INPUT; // NO_IDENTIFIER, INVALID_POINTS, LOYALTY_IS_FINAL
        };
        return new WriteRefusedException(refusal, e.getMessage());
    }

    /** Points as sent: present, with no more decimals than points carry. The sign is the caller's to check. */
    static Points requirePoints(String field, BigDecimal raw) {
        if (raw == null) {
            throw invalid(field, "is required");
        }
        if (raw.stripTrailingZeros().scale() > Points.SCALE) {
            throw invalid(field, "has more than " + Points.SCALE + " decimals: " + raw.toPlainString());
        }
        return new Points(raw);
    }

    /** A required amount: present and not negative. */
    static BigDecimal requireAmount(String field, BigDecimal amount) {
        if (amount == null) {
            throw invalid(field, "is required");
        }
        if (amount.signum() < 0) {
            throw invalid(field, "must not be negative, got " + amount.toPlainString());
        }
        return amount;
    }
}
