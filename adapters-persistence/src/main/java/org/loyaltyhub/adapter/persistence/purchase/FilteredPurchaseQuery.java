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
 * Each customer's newest bills that pass a filter, in one statement for the whole batch: one branch per
 * customer, each reading that customer's bills newest first through {@code ix_purchase_customer_newest}
 * (V8) backwards and stopping after the limit, joined by UNION ALL. The cost is the bills shown, not the
 * bills the customer ever had (a window function numbering every bill read all of them: 10,000 for a long
 * history). The branches order by all three index columns and name the index: left to itself, H2 picks the
 * foreign key's one-column index and sorts every bill of the customer. Written with plain JDBC because the
 * WHERE clause has only the conditions the filter sets: a fixed query with {@code (? IS NULL OR ...)} per
 * condition is refused by H2, which cannot type a bare parameter.
 */
@Singleton
class FilteredPurchaseQuery {
    private final JdbcOperations jdbc;

    FilteredPurchaseQuery(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<PurchaseRow> newest(Collection<Long> customerIds, PurchaseFilter filter, int perCustomer) {
        Statement query = statement(customerIds, filter, perCustomer);
        // Runs on the connection of the surrounding transaction, if any, else on one of its own.
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                bind(statement, query.parameters());
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

    /** The SQL and its parameters, in order. */
    record Statement(String sql, List<Object> parameters) {
    }

    static Statement statement(Collection<Long> customerIds, PurchaseFilter filter, int perCustomer) {
        List<Object> conditions = new ArrayList<>();
        StringBuilder where = new StringBuilder("p.customer_id = ?");
        where.append(" AND p.transaction_type IN (").append(placeholders(filter.types().size())).append(')');
        filter.types().stream().map(TransactionType::name).sorted().forEach(conditions::add);
        if (filter.number() != null) {
            where.append(" AND p.bill_number = ?");
            conditions.add(filter.number());
        }
        if (filter.storeCode() != null) {
            where.append(" AND p.store_code = ?");
            conditions.add(filter.storeCode());
        }
        if (filter.tillCode() != null) {
            where.append(" AND p.till_code = ?");
            conditions.add(filter.tillCode());
        }
        if (filter.amount() != null) {
            where.append(" AND p.amount = ?");
            conditions.add(filter.amount().value());
        }
        if (filter.from() != null) {
            where.append(" AND p.created_at >= ?");
            conditions.add(UtcColumns.toColumn(filter.from()));
        }
        if (filter.until() != null) {
            where.append(" AND p.created_at < ?");
            conditions.add(UtcColumns.toColumn(filter.until()));
        }
        String branch = """
                (SELECT p.id, p.customer_id, p.program_id, p.store_code, p.bill_number, p.transaction_type,
                        p.amount, p.created_at, p.till_code, p.return_store_code, p.return_bill_number
                 FROM purchase p USE INDEX (ix_purchase_customer_newest)
                 WHERE %s
                 ORDER BY p.customer_id DESC, p.created_at DESC, p.id DESC
                 LIMIT ?)""".formatted(where);
        List<Object> parameters = new ArrayList<>();
        for (Long customerId : customerIds) {
            parameters.add(customerId);
            parameters.addAll(conditions);
            parameters.add(perCustomer);
        }
        String sql = """
                SELECT id, customer_id, program_id, store_code, bill_number, transaction_type, amount, created_at,
                       till_code, return_store_code, return_bill_number
                FROM (%s) newest
                ORDER BY customer_id, created_at DESC, id DESC"""
                .formatted(String.join("\nUNION ALL\n", Collections.nCopies(customerIds.size(), branch)));
        return new Statement(sql, parameters);
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
