package org.loyaltyhub.adapter.persistence.org;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.math.BigDecimal;

/**
 * A program without its slabs and per-slab earn rates (rows of their own). {@code position} keeps the
 * order of the org's program list. The flag is not called {@code isDefault} so that no bean
 * convention mistakes {@code isDefault()} for a property named {@code default}.
 */
@MappedEntity("program")
record ProgramRow(@Id Long id, long orgId, int position, String title, String description,
                  @MappedProperty("is_default") boolean defaultProgram, BigDecimal pointsToCurrencyRatio,
                  String expiryUnit, int expiryAmount, BigDecimal baseEarnRate) {
}
