package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** One tender of a bill; the id is numbered by the database (batch insert, as StoreRow). */
@MappedEntity("purchase_tender")
record TenderRow(@Id @Nullable Long id, long purchaseId, int position, String mode, BigDecimal tenderValue) {
}
