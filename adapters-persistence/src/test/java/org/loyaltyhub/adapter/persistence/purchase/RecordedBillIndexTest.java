package org.loyaltyhub.adapter.persistence.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.loyaltyhub.adapter.persistence.QueryPlans;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.adapter.persistence.TestDatabase;

/**
 * The duplicate check runs before every transaction, so its plan matters: the database must seek the bill
 * number through the V6 indexes on both bill tables, not scan them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedBillIndexTest implements TestDatabase {
    @Inject
    JdbcOperations jdbc;

    @Test
    void theDuplicateCheckSeeksBothBillTablesByIndex() {
        String plan = QueryPlans.indexesUsed(jdbc, RecordedBillQuery.SQL, "B-1", "S1", "REGULAR", 1L, "B-1", "S1", "REGULAR", 1L);

        assertThat(plan).contains("ix_purchase_bill").contains("ix_anonymous_purchase_bill");
    }
}
