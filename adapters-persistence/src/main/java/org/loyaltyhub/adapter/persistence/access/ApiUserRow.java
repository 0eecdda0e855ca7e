package org.loyaltyhub.adapter.persistence.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** {@code passwordHash} holds the hash's encoded form, never a password. */
@MappedEntity("api_user")
record ApiUserRow(@Id @GeneratedValue @Nullable Long id, String username, long orgId, String tillCode,
                  @Nullable String storeCode, String passwordHash) {
}
