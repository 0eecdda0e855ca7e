package org.loyaltyhub.domain.purchase;

import java.util.Objects;
import org.loyaltyhub.domain.shared.Money;

/** How (part of) a bill was paid: a payment mode (CASH, CARD, ...) and the amount paid that way. */
public record Tender(String mode, Money value) {
    public Tender {
        if (mode == null || mode.isBlank()) {
            throw new IllegalArgumentException("a tender needs a payment mode");
        }
        Objects.requireNonNull(value, "tender value");
    }
}
