package org.loyaltyhub.adapter.persistence.org;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/**
 * The earn rate of one slab that does not earn its program's base rate.
 * The id is numbered by the database on insert and deliberately not {@code @GeneratedValue}, so that
 * lists of these rows are inserted in one batch (see the package doc of {@code adapter.persistence}).
 */
@MappedEntity("program_earn_rate")
record EarnRateRow(@Id @Nullable Long id, long programId, int slabSerial, BigDecimal earnRate) {
}
