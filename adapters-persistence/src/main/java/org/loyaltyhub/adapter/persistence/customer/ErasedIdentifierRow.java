package org.loyaltyhub.adapter.persistence.customer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The hash of an identifier an erased customer had; the value itself is never stored. */
@MappedEntity("erased_identifier")
record ErasedIdentifierRow(@Id @Nullable Long id, long orgId, long customerId, String identifierHash) {
}
