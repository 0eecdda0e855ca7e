package org.loyaltyhub.adapter.persistence.org;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One extended-field label in one language; the id is numbered by the database (batch insert, as StoreRow). */
@MappedEntity("extended_field_label")
record FieldLabelRow(@Id @Nullable Long id, long orgId, String language, String fieldName, String label) {
}
