package org.loyaltyhub.adapter.persistence.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One resource of an API user's access group and its level, both by enum name. The id is numbered by the
 * database and not {@code @GeneratedValue}, so a user's rows are inserted in one batch.
 */
@MappedEntity("api_user_access")
record ApiUserAccessRow(@Id @Nullable Long id, long apiUserId, String resource, String accessLevel) {
}
