package org.loyaltyhub.adapter.persistence.balance;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.shared.Points;

/**
 * Balances in {@code points_balance}, one row per customer and program. Plain JDBC: the table's key is the
 * pair, and a save is one insert-or-replace statement ({@code ON DUPLICATE KEY UPDATE}, which MySQL, MariaDB
 * and H2 in MySQL mode all accept), where a repository would need a read first. Runs on the connection of
 * the surrounding transaction, if any.
 */
@Singleton
public class JdbcPointsBalances implements PointsBalances {
    /** The figure columns in the order of {@link #figures}. */
    private static final List<String> FIGURE_COLUMNS = List.of("available", "lifetime", "redeemed", "expired", "returned",
            "adjusted", "delayed_points");

    // The new values are bound a second time for the update rather than read with VALUES(col), which
    // MySQL 8 deprecates.
    private static final String SAVE = "INSERT INTO points_balance (customer_id, program_id, "
            + String.join(", ", FIGURE_COLUMNS) + ", as_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE "
            + String.join(", ", FIGURE_COLUMNS.stream().map(c -> c + " = ?").toList()) + ", as_of = ?";

    private final JdbcOperations jdbc;

    JdbcPointsBalances(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(CustomerId customerId, ProgramId programId, PointsBalance balance, LocalDate asOf) {
        BigDecimal[] figures = figures(balance);
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SAVE)) {
                int parameter = 1;
                statement.setLong(parameter++, customerId.value());
                statement.setLong(parameter++, programId.value());
                for (BigDecimal figure : figures) {
                    statement.setBigDecimal(parameter++, figure);
                }
                statement.setObject(parameter++, asOf);
                for (BigDecimal figure : figures) {
                    statement.setBigDecimal(parameter++, figure);
                }
                statement.setObject(parameter, asOf);
                statement.executeUpdate();
                return null;
            }
        });
    }

    /** One query for the whole batch, through the primary key (customer_id first). */
    @Override
    public Map<CustomerId, Map<ProgramId, StoredBalance>> balancesOf(Collection<CustomerId> customerIds) {
        List<Long> ids = customerIds.stream().map(CustomerId::value).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT customer_id, program_id, " + String.join(", ", FIGURE_COLUMNS) + ", as_of"
                + " FROM points_balance WHERE customer_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ") ORDER BY customer_id, program_id";
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < ids.size(); i++) {
                    statement.setLong(i + 1, ids.get(i));
                }
                Map<CustomerId, Map<ProgramId, StoredBalance>> balances = new LinkedHashMap<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        balances.computeIfAbsent(new CustomerId(rs.getLong("customer_id")), k -> new LinkedHashMap<>())
                                .put(new ProgramId(rs.getLong("program_id")), stored(rs));
                    }
                }
                return balances;
            }
        });
    }

    /** The figures as the columns hold them, in {@link #FIGURE_COLUMNS} order. */
    private static BigDecimal[] figures(PointsBalance b) {
        return new BigDecimal[] {b.available().value(), b.lifetime().value(), b.redeemed().value(),
                b.expired().value(), b.returned().value(), b.adjusted().value(), b.delayed().value()};
    }

    private static StoredBalance stored(ResultSet rs) throws SQLException {
        PointsBalance balance = new PointsBalance(points(rs, "available"), points(rs, "lifetime"),
                points(rs, "redeemed"), points(rs, "expired"), points(rs, "returned"), points(rs, "adjusted"),
                points(rs, "delayed_points"));
        return new StoredBalance(balance, rs.getObject("as_of", LocalDate.class));
    }

    private static Points points(ResultSet rs, String column) throws SQLException {
        return new Points(rs.getBigDecimal(column));
    }
}
