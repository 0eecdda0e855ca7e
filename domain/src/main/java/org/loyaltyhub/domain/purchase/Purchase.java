package org.loyaltyhub.domain.purchase;

import java.time.Instant;
import java.util.Objects;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.shared.Money;

/**
 * A bill recorded for a customer. {@code id} is given by storage (null before). A RETURN names the
 * bill it returns in {@code returnOf}.
 */
public record Purchase(Long id, BillRef bill, TransactionType type, Money amount, Instant at, String tillCode,
                       BillRef returnOf) {
    public Purchase {
        Objects.requireNonNull(bill, "bill");
        Objects.requireNonNull(type, "transaction type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "bill time");
        if (type == TransactionType.RETURN && returnOf == null) {
            throw new IllegalArgumentException("a RETURN must name the bill it returns");
        }
        if (type != TransactionType.RETURN && type != TransactionType.NOT_INTERESTED_RETURN) {
            returnOf = null;
        }
    }

    public boolean earns() {
        return type == TransactionType.REGULAR;
    }
}
