package org.loyaltyhub.adapter.persistence.org;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/**
 * One criterion of a slab's upgrade rule or renewal rule, told apart by {@code ruleKind}.
 * The id is numbered by the database on insert and deliberately not {@code @GeneratedValue}, so that
 * lists of these rows are inserted in one batch (see the package doc of {@code adapter.persistence}).
 */
@MappedEntity("slab_criterion")
record SlabCriterionRow(@Id @Nullable Long id, long programId, int slabSerial, String ruleKind,
                        String metric, BigDecimal threshold, int windowDays, int position) {
    static final String UPGRADE = "UPGRADE";
    static final String RENEWAL = "RENEWAL";
}
