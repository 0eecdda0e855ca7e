package org.loyaltyhub.adapter.persistence.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.Locale;
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
        String plan = explain(RecordedBillQuery.SQL, "B-1", "S1", "REGULAR", 1L, "B-1", "S1", "REGULAR", 1L);

        assertThat(plan).contains("ix_purchase_bill").contains("ix_anonymous_purchase_bill");
    }

    /**
     * The indexes the plan uses: MySQL and MariaDB name them in the {@code key} column of each row; H2 gives
     * one text that names only the indexes it uses.
     */
    private String explain(String sql, Object... parameters) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("EXPLAIN " + sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                StringBuilder used = new StringBuilder();
                try (ResultSet rs = statement.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int keyColumn = 0;
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        if (meta.getColumnLabel(c).equalsIgnoreCase("key")) {
                            keyColumn = c;
                        }
                    }
                    while (rs.next()) {
                        if (keyColumn > 0) {
                            used.append(rs.getString(keyColumn)).append(' ');
                        } else {
                            for (int c = 1; c <= meta.getColumnCount(); c++) {
                                used.append(rs.getString(c)).append(' ');
                            }
                        }
                    }
                }
                return used.toString().toLowerCase(Locale.ROOT);
            }
        });
    }
}
