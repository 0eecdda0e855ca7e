package org.loyaltyhub.adapter.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.Locale;

/** What the index tests read from {@code EXPLAIN}, the same way on H2, MySQL and MariaDB. */
public final class QueryPlans {
    private QueryPlans() {
    }

    /**
     * The indexes the plan uses, lower case: MySQL and MariaDB name them in the {@code key} column of each row;
     * H2 gives one text that names only the indexes it uses.
     */
    public static String indexesUsed(JdbcOperations jdbc, String sql, Object... parameters) {
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
