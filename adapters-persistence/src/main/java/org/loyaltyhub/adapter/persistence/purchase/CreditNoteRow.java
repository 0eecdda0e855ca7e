package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** One credit note issued against a bill; the id is numbered by the database (batch insert). */
@MappedEntity("purchase_credit_note")
record CreditNoteRow(@Id @Nullable Long id, long purchaseId, int position, String noteNumber, BigDecimal amount) {
}
