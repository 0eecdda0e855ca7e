package org.loyaltyhub.domain.program;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Points per currency unit of a regular bill, by the customer's slab at the time of the bill.
 * A slab without its own rate earns the base rate.
 */
public record EarningRule(BigDecimal baseRate, Map<Integer, BigDecimal> rateBySlabSerial) {
    public EarningRule {
        if (baseRate == null || baseRate.signum() < 0) {
            throw new IllegalArgumentException("earn rate must be zero or more");
        }
        rateBySlabSerial = Map.copyOf(new TreeMap<>(rateBySlabSerial == null ? Map.of() : rateBySlabSerial));
        if (rateBySlabSerial.values().stream().anyMatch(r -> r.signum() < 0)) {
            throw new IllegalArgumentException("earn rates must be zero or more");
        }
    }

    public BigDecimal rateFor(int slabSerial) {
        return rateBySlabSerial.getOrDefault(slabSerial, baseRate);
    }
}
