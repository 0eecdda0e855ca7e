package org.loyaltyhub.application.port.in;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;

/**
 * Which bills the embedded {@code transactions} list shows (spec 1.3). Null fields do not filter;
 * {@code date} is a day in the org's time zone.
 *
 * @param tenders     also show how each bill was paid
 * @param creditNotes also show the credit notes issued against each bill
 */
public record TransactionFilter(Set<TransactionType> types, String number, String storeCode, String tillCode,
                                Money amount, LocalDate date, boolean tenders, boolean creditNotes) {
    public static final TransactionFilter REGULAR_ONLY =
            new TransactionFilter(EnumSet.of(TransactionType.REGULAR), null, null, null, null, null, false, false);

    public TransactionFilter {
        Objects.requireNonNull(types, "transaction types");
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a transaction filter needs at least one type");
        }
        types = Set.copyOf(types);
    }
}
