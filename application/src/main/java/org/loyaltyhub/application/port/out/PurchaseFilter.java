package org.loyaltyhub.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;

/**
 * Which bills to read; null fields do not filter. {@code from} is inclusive, {@code until} exclusive.
 */
public record PurchaseFilter(Set<TransactionType> types, String number, String storeCode, String tillCode,
                             Money amount, Instant from, Instant until) {
    public PurchaseFilter {
        Objects.requireNonNull(types, "transaction types");
        types = Set.copyOf(types);
    }

    public static PurchaseFilter ofTypes(Set<TransactionType> types) {
        return new PurchaseFilter(types, null, null, null, null, null, null);
    }

    public boolean accepts(org.loyaltyhub.domain.purchase.Purchase p) {
        return types.contains(p.type())
                && (number == null || number.equals(p.bill().number()))
                && (storeCode == null || storeCode.equals(p.bill().storeCode()))
                && (tillCode == null || tillCode.equals(p.tillCode()))
                && (amount == null || amount.value().compareTo(p.amount().value()) == 0)
                && (from == null || !p.at().isBefore(from))
                && (until == null || p.at().isBefore(until));
    }
}
