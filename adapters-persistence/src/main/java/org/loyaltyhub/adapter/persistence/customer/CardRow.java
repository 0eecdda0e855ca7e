package org.loyaltyhub.adapter.persistence.customer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The org id is repeated from the customer so card numbers can be unique per org.
 * The id is numbered by the database on insert and deliberately not {@code @GeneratedValue}, so that
 * lists of these rows are inserted in one batch (see the package doc of {@code adapter.persistence}).
 */
@MappedEntity("customer_card")
record CardRow(@Id @Nullable Long id, long customerId, long orgId, int position, String cardNumber,
               @Nullable String cardExternalId, String status) {
}
