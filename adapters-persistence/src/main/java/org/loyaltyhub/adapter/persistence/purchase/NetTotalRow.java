package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;

/** One customer's REGULAR amounts minus RETURN amounts, as the aggregate query returns it (may be negative). */
@Introspected
record NetTotalRow(long customerId, BigDecimal netAmount) {
}
