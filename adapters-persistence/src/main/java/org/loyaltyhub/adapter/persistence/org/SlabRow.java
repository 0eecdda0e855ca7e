package org.loyaltyhub.adapter.persistence.org;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A slab without the criteria of its rules; each rule's combination (ANY/ALL) lives here.
 * The id is numbered by the database on insert and deliberately not {@code @GeneratedValue}, so that
 * lists of these rows are inserted in one batch (see the package doc of {@code adapter.persistence}).
 */
@MappedEntity("slab")
record SlabRow(@Id @Nullable Long id, long programId, int serial, String name, String description,
               int validityMonths, String upgradeCombination, String renewalCombination) {
}
