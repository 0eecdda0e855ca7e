package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A bill; a RETURN names the bill it returns in the two {@code return...} columns. */
@MappedEntity("purchase")
record PurchaseRow(@Id @GeneratedValue @Nullable Long id, long customerId, long programId, String storeCode,
                   String billNumber, String transactionType, BigDecimal amount, LocalDateTime createdAt,
                   @Nullable String tillCode, @Nullable String returnStoreCode, @Nullable String returnBillNumber) {
}
