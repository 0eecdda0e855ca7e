package org.loyaltyhub.domain.program;

import java.util.Objects;

/**
 * A tier. Serial 1 is the entry slab: it needs no upgrade rule and never expires. A higher slab is
 * reached by its upgrade rule and held for {@code validityMonths}, then renewed by its renewal rule.
 */
public record Slab(int serial, String name, String description, TierRule upgradeRule, int validityMonths,
                   TierRule renewalRule) {
    public Slab {
        if (serial < 1) {
            throw new IllegalArgumentException("slab serial numbers start at 1: " + serial);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("slab " + serial + " needs a name");
        }
        description = description == null ? name : description;
        upgradeRule = Objects.requireNonNullElse(upgradeRule, TierRule.NONE);
        renewalRule = Objects.requireNonNullElse(renewalRule, TierRule.NONE);
        if (serial > 1 && upgradeRule.isEmpty()) {
            throw new IllegalArgumentException("slab " + name + " above the entry slab needs upgrade criteria");
        }
        if (upgradeRule.criteria().stream().anyMatch(c -> !c.metric().isUpgradeMetric())) {
            throw new IllegalArgumentException("slab " + name + " has a renewal metric in its upgrade rule");
        }
        if (renewalRule.criteria().stream().anyMatch(c -> c.metric().isUpgradeMetric())) {
            throw new IllegalArgumentException("slab " + name + " has an upgrade metric in its renewal rule");
        }
        if (validityMonths < 0) {
            throw new IllegalArgumentException("slab validity must not be negative");
        }
        if (serial == 1) {
            validityMonths = 0;
        }
    }

    public boolean isEntry() {
        return serial == 1;
    }

    /** Zero validity means the slab, once reached, is kept for good. */
    public boolean expires() {
        return validityMonths > 0;
    }
}
