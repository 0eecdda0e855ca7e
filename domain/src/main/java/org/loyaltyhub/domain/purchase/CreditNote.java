package org.loyaltyhub.domain.purchase;

import java.util.Objects;
import org.loyaltyhub.domain.shared.Money;

/** A credit note issued against a bill (typically a return): its number and amount. */
public record CreditNote(String number, Money amount) {
    public CreditNote {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a credit note needs a number");
        }
        Objects.requireNonNull(amount, "credit note amount");
    }
}
