package org.loyaltyhub.domain.purchase;

import java.math.BigDecimal;
import java.util.Objects;
import org.loyaltyhub.domain.shared.Money;

/**
 * One line of a bill. {@code amount} is what the line cost after discount; a line-item return takes
 * back that amount.
 */
public record LineItem(int serial, String itemCode, String description, BigDecimal quantity, Money rate,
                       Money discount, Money amount) {
    public LineItem {
        if (itemCode == null || itemCode.isBlank()) {
            throw new IllegalArgumentException("a line item needs an item code");
        }
        description = description == null ? "" : description;
        quantity = quantity == null ? BigDecimal.ONE : quantity;
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("line item quantity must be positive");
        }
        rate = rate == null ? Money.ZERO : rate;
        discount = discount == null ? Money.ZERO : discount;
        Objects.requireNonNull(amount, "line item amount");
    }
}
