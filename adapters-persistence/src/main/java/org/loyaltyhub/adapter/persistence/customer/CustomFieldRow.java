package org.loyaltyhub.adapter.persistence.customer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The id is numbered by the database on insert and deliberately not {@code @GeneratedValue}, so that
 * lists of these rows are inserted in one batch (see the package doc of {@code adapter.persistence}).
 */
@MappedEntity("customer_custom_field")
record CustomFieldRow(@Id @Nullable Long id, long customerId, int position, String fieldName,
                      String fieldValue) {
}
