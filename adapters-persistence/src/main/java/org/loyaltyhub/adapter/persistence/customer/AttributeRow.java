package org.loyaltyhub.adapter.persistence.customer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One optional profile item (see V5__profile_extras.sql); the id is numbered by the database. */
@MappedEntity("customer_attribute")
record AttributeRow(@Id @Nullable Long id, long customerId, int position, String kind, @Nullable String attributeName,
                    String attributeValue) {
}
