package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.loyaltyhub.adapter.persistence.UtcColumns;
import org.loyaltyhub.application.port.out.PurchaseFilter;
import org.loyaltyhub.domain.purchase.TransactionType;

/**
 * Each customer's newest bills that pass a filter, in one statement for the whole batch: a window
 * function numbers every customer's bills newest first and the outer query cuts. Written with
 * plain JDBC because the WHERE clause has only the conditions the filter sets: a fixed query with
 * {@code (? IS NULL OR ...)} per condition is refused by H2, which cannot type a bare parameter.
 */
@Singleton
class FilteredPurchaseQuery {
    private final JdbcOperations jdbc;

    FilteredPurchaseQuery(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<PurchaseRow> newest(Collection<Long> customerIds, PurchaseFilter filter, int perCustomer) {
        List<Object> parameters = new ArrayList<>(customerIds);
        StringBuilder where = new StringBuilder("p.customer_id IN (" + placeholders(customerIds.size()) + ")");
        where.append(" AND p.transaction_type IN (").append(placeholders(filter.types().size())).append(')');
        filter.types().stream().map(TransactionType::name).sorted().forEach(parameters::add);
        if (filter.number() != null) {
            where.append(" AND p.bill_number = ?");
            parameters.add(filter.number());
        }
        if (filter.storeCode() != null) {
            where.append(" AND p.store_code = ?");
            parameters.add(filter.storeCode());
        }
        if (filter.tillCode() != null) {
            where.append(" AND p.till_code = ?");
            parameters.add(filter.tillCode());
        }
        if (filter.amount() != null) {
            where.append(" AND p.amount = ?");
            parameters.add(filter.amount().value());
        }
        if (filter.from() != null) {
            where.append(" AND p.created_at >= ?");
            parameters.add(UtcColumns.toColumn(filter.from()));
        }
        if (filter.until() != null) {
            where.append(" AND p.created_at < ?");
            parameters.add(UtcColumns.toColumn(filter.until()));
        }
        parameters.add(perCustomer);
        String sql = """
                SELECT id, customer_id, program_id, store_code, bill_number, transaction_type, amount, created_at,
                       till_code, return_store_code, return_bill_number
                FROM (SELECT p.id, p.customer_id, p.program_id, p.store_code, p.bill_number, p.transaction_type,
                             p.amount, p.created_at, p.till_code, p.return_store_code, p.return_bill_number,
                             ROW_NUMBER() OVER (PARTITION BY p.customer_id ORDER BY p.created_at DESC, p.id DESC) AS rn
                      FROM purchase p
                      WHERE %s) ranked
                WHERE rn <= ?
                ORDER BY customer_id, created_at DESC, id DESC""".formatted(where);
        // Runs on the connection of the surrounding transaction, if any, else on one of its own.
        return jdbc.execute(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                List<PurchaseRow> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
                return rows;
            }
        });
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static PurchaseRow row(ResultSet rs) throws SQLException {
        return new PurchaseRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("program_id"),
                rs.getString("store_code"), rs.getString("bill_number"), rs.getString("transaction_type"),
                rs.getBigDecimal("amount"), rs.getObject("created_at", java.time.LocalDateTime.class),
                rs.getString("till_code"), rs.getString("return_store_code"), rs.getString("return_bill_number"));
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
