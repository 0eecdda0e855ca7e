package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** One line of a bill; the id is numbered by the database (batch insert, as TenderRow). */
@MappedEntity("purchase_line_item")
record LineItemRow(@Id @Nullable Long id, long purchaseId, int position, int serial, String itemCode,
                   String description, BigDecimal quantity, BigDecimal rate, BigDecimal discount, BigDecimal amount) {
}
