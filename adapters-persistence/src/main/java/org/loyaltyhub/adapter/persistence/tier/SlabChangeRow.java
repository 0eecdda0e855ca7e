package org.loyaltyhub.adapter.persistence.tier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The id is numbered by the database on insert and deliberately not {@code @GeneratedValue}, so that
 * lists of these rows are inserted in one batch (see the package doc of {@code adapter.persistence}).
 */
@MappedEntity("slab_change")
record SlabChangeRow(@Id @Nullable Long id, long customerId, long programId, String changeType,
                     int fromSerial, int toSerial, LocalDateTime changedOn, @Nullable LocalDate validUntil,
                     @Nullable String storeCode, String notes) {
}
