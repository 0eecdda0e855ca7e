package org.loyaltyhub.adapter.persistence.customer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** A customer's profile without its cards, fields and notes (rows of their own). Times are UTC. */
@MappedEntity("customer")
record CustomerRow(@Id @GeneratedValue @Nullable Long id, long orgId, String firstname, String lastname,
                   @Nullable String mobile, @Nullable String email, @Nullable String externalId, String customerType,
                   String source, LocalDateTime registeredOn, @Nullable String registeredBy,
                   @Nullable String registeredStoreCode, @Nullable String registeredTillCode, LocalDateTime updatedOn,
                   String fraudStatus, @Nullable String fraudMarkedBy, @Nullable LocalDateTime fraudModifiedOn,
                   @Nullable String fraudReason, @Nullable LocalDateTime erasedOn) {
}
