package org.loyaltyhub.adapter.persistence.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One ledger line; its id, given in insert order, records the order lines were appended in.
 * The id is numbered by the database on insert and deliberately not {@code @GeneratedValue}, so that
 * lists of these rows are inserted in one batch (see the package doc of {@code adapter.persistence}).
 */
@MappedEntity("ledger_entry")
record LedgerEntryRow(@Id @Nullable Long id, long customerId, long programId, String kind,
                      BigDecimal points, LocalDateTime occurredAt, @Nullable LocalDate expiresOn,
                      @Nullable LocalDate availableFrom, @Nullable String billStoreCode, @Nullable String billNumber,
                      @Nullable String storeCode, String reason) {
}
