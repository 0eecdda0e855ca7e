package org.loyaltyhub.adapter.persistence.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Inserts rows into one table with multi-row statements ({@code INSERT ... VALUES (..), (..), ...}),
 * {@value #ROWS_PER_STATEMENT} rows each, sent as one JDBC batch. Embedded H2 then parses and executes one
 * statement per hundred rows instead of one per row; MySQL gets few round trips even without
 * {@code rewriteBatchedStatements}. Values are bound as the adapter's repositories bind them
 * ({@code LocalDateTime} for UTC times, {@code LocalDate}, {@code BigDecimal}, strings, numbers).
 */
final class MultiRowInsert {
    /** 100 rows of up to 17 columns stay far below any driver's limit on placeholders (MySQL: 65,535). */
    static final int ROWS_PER_STATEMENT = 100;

    private final String head;
    private final String oneRow;
    private final int columnCount;

    MultiRowInsert(String table, List<String> columns) {
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.oneRow = "(" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        this.columnCount = columns.size();
    }

    /** Inserts the rows in the order given (auto-increment ids follow that order). */
    void insert(Connection connection, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int full = rows.size() / ROWS_PER_STATEMENT;
        if (full > 0) {
            try (PreparedStatement statement = connection.prepareStatement(sql(ROWS_PER_STATEMENT))) {
                for (int s = 0; s < full; s++) {
                    bind(statement, rows, s * ROWS_PER_STATEMENT, ROWS_PER_STATEMENT);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
        int rest = rows.size() - full * ROWS_PER_STATEMENT;
        if (rest > 0) {
            try (PreparedStatement statement = connection.prepareStatement(sql(rest))) {
                bind(statement, rows, full * ROWS_PER_STATEMENT, rest);
                statement.executeUpdate();
            }
        }
    }

    /**
     * Inserts the rows and returns the ids the database gave them, in the order given. One statement per
     * hundred rows, each executed on its own so its keys can be read (H2, MySQL Connector/J and MariaDB
     * return the keys of every row of a multi-row insert).
     */
    long[] insertReturningIds(Connection connection, List<Object[]> rows) throws SQLException {
        long[] ids = new long[rows.size()];
        int done = 0;
        PreparedStatement fullStatement = null;
        try {
            while (done < rows.size()) {
                int count = Math.min(ROWS_PER_STATEMENT, rows.size() - done);
                PreparedStatement statement;
                if (count == ROWS_PER_STATEMENT) {
                    if (fullStatement == null) {
                        fullStatement = connection.prepareStatement(sql(count), Statement.RETURN_GENERATED_KEYS);
                    }
                    statement = fullStatement;
                } else {
                    statement = connection.prepareStatement(sql(count), Statement.RETURN_GENERATED_KEYS);
                }
                try {
                    bind(statement, rows, done, count);
                    statement.executeUpdate();
                    try (ResultSet keys = statement.getGeneratedKeys()) {
                        for (int i = 0; i < count; i++) {
                            if (!keys.next()) {
                                throw new IllegalStateException("the database returned fewer ids than rows inserted");
                            }
                            ids[done + i] = keys.getLong(1);
                        }
                    }
                } finally {
                    if (statement != fullStatement) {
                        statement.close();
                    }
                }
                done += count;
            }
        } finally {
            if (fullStatement != null) {
                fullStatement.close();
            }
        }
        return ids;
    }

    private String sql(int rowCount) {
        StringBuilder sql = new StringBuilder(head.length() + rowCount * (oneRow.length() + 2)).append(head);
        for (int i = 0; i < rowCount; i++) {
            sql.append(i == 0 ? "" : ", ").append(oneRow);
        }
        return sql.toString();
    }

    private void bind(PreparedStatement statement, List<Object[]> rows, int from, int count) throws SQLException {
        int parameter = 1;
        for (int r = from; r < from + count; r++) {
            Object[] row = rows.get(r);
            if (row.length != columnCount) {
                throw new IllegalArgumentException("a row has " + row.length + " values for " + columnCount + " columns");
            }
            for (Object value : row) {
                // A LocalDateTime goes to the driver as it is: no time-zone conversion on the way.
                statement.setObject(parameter++, value);
            }
        }
    }
}
