package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;

/** One customer's REGULAR amounts minus RETURN amounts in one program, as the query returns it (may be negative). */
@Introspected
record NetTotalRow(long customerId, long programId, BigDecimal netAmount) {
}
