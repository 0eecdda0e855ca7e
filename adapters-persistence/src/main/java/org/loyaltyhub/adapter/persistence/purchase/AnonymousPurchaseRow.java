package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A bill without a customer (see V6__write_side.sql): it names its org itself. */
@MappedEntity("anonymous_purchase")
record AnonymousPurchaseRow(@Id @GeneratedValue @Nullable Long id, long orgId, long programId, String storeCode,
                            String billNumber, String transactionType, BigDecimal amount, LocalDateTime createdAt,
                            @Nullable String tillCode, @Nullable String returnStoreCode,
                            @Nullable String returnBillNumber) {
}
