package org.loyaltyhub.adapter.persistence.coupon;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.loyaltyhub.application.port.out.CouponQuery;

/**
 * Each customer's coupons chosen by a {@link CouponQuery}, in one statement for the whole batch: status
 * (from the redemption count and the last valid day), series and the series' restriction filter; the
 * offset skips in issuance order; the limit cuts after sorting. Plain JDBC because the WHERE and ORDER BY
 * clauses depend on the query. Without status, offset and limit (a default lookup) every coupon is kept, so
 * the coupons are only sorted: numbering them and counting each one's redemptions would be wasted work.
 */
@Singleton
class CouponSelection {
    private final JdbcOperations jdbc;

    CouponSelection(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<CouponRow> select(Collection<Long> customerIds, CouponQuery query) {
        List<Object> parameters = new ArrayList<>(customerIds);
        StringBuilder where = new StringBuilder("c.customer_id IN (")
                .append(String.join(", ", Collections.nCopies(customerIds.size(), "?"))).append(')');
        if (query.seriesId() != null) {
            where.append(" AND c.series_id = ?");
            parameters.add(query.seriesId().value());
        }
        if (query.entityType() != null) {
            where.append(" AND s.restriction_type = ?");
            parameters.add(query.entityType().name());
            if (query.entityValue() != null) {
                where.append(" AND s.restriction_value = ?");
                parameters.add(query.entityValue());
            }
        }
        String status = "1 = 1";
        if (query.status() != null) {
            status = switch (query.status()) {
                case REDEEMED -> "used >= allowed_redemptions";
                case UNREDEEMED -> "used < allowed_redemptions";
                case EXPIRED -> "used < allowed_redemptions AND valid_till < ?";
                case ACTIVE -> "used < allowed_redemptions AND valid_till >= ?";
            };
            if (status.contains("?")) {
                parameters.add(query.today());
            }
        }
        if (query.status() == null && query.offset() == 0 && query.limit() == null) {
            return run("""
                    SELECT c.id, c.org_id, c.code, c.series_id, c.customer_id, c.created_on, c.created_by, c.valid_till,
                           c.allowed_redemptions
                    FROM coupon c
                    JOIN coupon_series s ON s.id = c.series_id
                    WHERE %s
                    ORDER BY c.customer_id, %s""".formatted(where, order(query, "c.")), parameters);
        }
        parameters.add(query.offset());
        String order = order(query, "");
        String limit = "";
        if (query.limit() != null) {
            limit = "WHERE pos <= ?";
            parameters.add(query.limit());
        }
        String sql = """
                SELECT id, org_id, code, series_id, customer_id, created_on, created_by, valid_till, allowed_redemptions
                FROM (SELECT kept.*, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY %s) AS pos
                      FROM (SELECT counted.*,
                                   ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_on, id) AS issue_no
                            FROM (SELECT c.id, c.org_id, c.code, c.series_id, c.customer_id, c.created_on, c.created_by,
                                         c.valid_till, c.allowed_redemptions,
                                         (SELECT COUNT(*) FROM coupon_redemption r WHERE r.coupon_id = c.id) AS used
                                  FROM coupon c
                                  JOIN coupon_series s ON s.id = c.series_id
                                  WHERE %s) counted
                            WHERE %s) kept
                      WHERE issue_no > ?) ordered
                %s
                ORDER BY customer_id, pos""".formatted(order, where, status, limit);
        return run(sql, parameters);
    }

    /** The query's order, ties broken by issue time and id, on columns named with the prefix. */
    private static String order(CouponQuery query, String prefix) {
        String direction = query.ascending() ? "ASC" : "DESC";
        return switch (query.orderBy()) {
            case CREATED_DATE -> "";
            case CREATED_BY -> prefix + "created_by " + direction + ", ";
            case VALID_TILL -> prefix + "valid_till " + direction + ", ";
        } + prefix + "created_on " + direction + ", " + prefix + "id " + direction;
    }

    private List<CouponRow> run(String sql, List<Object> parameters) {
        // Runs on the connection of the surrounding transaction, if any, else on one of its own.
        return jdbc.execute(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                List<CouponRow> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
                return rows;
            }
        });
    }

    private static CouponRow row(ResultSet rs) throws SQLException {
        return new CouponRow(rs.getLong("id"), rs.getLong("org_id"), rs.getString("code"), rs.getLong("series_id"),
                rs.getLong("customer_id"), rs.getObject("created_on", java.time.LocalDateTime.class),
                rs.getString("created_by"), rs.getObject("valid_till", java.time.LocalDate.class),
                rs.getInt("allowed_redemptions"));
    }
}
