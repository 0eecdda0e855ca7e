package org.loyaltyhub.adapter.persistence.balance;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;

/**
 * Balances and account snapshots in {@code points_balance}, one row per customer and program (snapshot
 * columns from V8; a NULL {@code slab_serial} is a balance without a snapshot). Plain JDBC: the table's key is
 * the pair, and a save is one insert-or-replace statement ({@code ON DUPLICATE KEY UPDATE}, which MySQL,
 * MariaDB and H2 in MySQL mode all accept), where a repository would need a read first. Runs on the connection
 * of the surrounding transaction, if any.
 */
@Singleton
public class JdbcPointsBalances implements PointsBalances {
    /** The columns a save writes after the key, in the order {@link #values} gives them: figures first. */
    public static final List<String> VALUE_COLUMNS = List.of("available", "lifetime", "redeemed", "expired", "returned",
            "adjusted", "delayed_points", "as_of", "cumulative_purchases", "slab_serial", "slab_valid_until",
            "stable_until");

    // The new values are bound a second time for the update rather than read with VALUES(col), which
    // MySQL 8 deprecates.
    private static final String SAVE = "INSERT INTO points_balance (customer_id, program_id, "
            + String.join(", ", VALUE_COLUMNS) + ") VALUES (?, ?"
            + ", ?".repeat(VALUE_COLUMNS.size()) + ")"
            + " ON DUPLICATE KEY UPDATE " + String.join(", ", VALUE_COLUMNS.stream().map(c -> c + " = ?").toList());

    private final JdbcOperations jdbc;

    JdbcPointsBalances(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(CustomerId customerId, ProgramId programId, PointsBalance balance, LocalDate asOf) {
        save(customerId, programId, values(balance, asOf, null));
    }

    @Override
    public void save(CustomerId customerId, ProgramId programId, AccountSnapshot snapshot) {
        save(customerId, programId, values(snapshot.balance(), snapshot.asOf(), snapshot));
    }

    private void save(CustomerId customerId, ProgramId programId, Object[] values) {
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SAVE)) {
                int parameter = 1;
                statement.setLong(parameter++, customerId.value());
                statement.setLong(parameter++, programId.value());
                for (int round = 0; round < 2; round++) {
                    for (Object value : values) {
                        statement.setObject(parameter++, value);
                    }
                }
                statement.executeUpdate();
                return null;
            }
        });
    }

    /**
     * The values of {@link #VALUE_COLUMNS} for a balance and, when given, its snapshot (else the snapshot
     * columns are NULL, so a snapshot stored before is dropped). The bulk writer stores the same row.
     */
    public static Object[] values(PointsBalance balance, LocalDate asOf, AccountSnapshot snapshot) {
        List<Object> values = new ArrayList<>(List.of(figures(balance)));
        values.add(asOf);
        values.add(snapshot == null ? null : snapshot.cumulativePurchases().value());
        values.add(snapshot == null ? null : snapshot.slabSerial());
        values.add(snapshot == null ? null : snapshot.slabValidUntil());
        values.add(snapshot == null ? null : snapshot.stableUntil());
        return values.toArray();
    }

    /** One query for the whole batch, through the primary key (customer_id first). */
    @Override
    public Map<CustomerId, Map<ProgramId, StoredBalance>> balancesOf(Collection<CustomerId> customerIds) {
        return read(customerIds, "", rs -> new StoredBalance(balance(rs), rs.getObject("as_of", LocalDate.class)));
    }

    /** One query for the whole batch, through the primary key; rows without a snapshot are left out. */
    @Override
    public Map<CustomerId, Map<ProgramId, AccountSnapshot>> snapshotsOf(Collection<CustomerId> customerIds) {
        return read(customerIds, " AND slab_serial IS NOT NULL", rs -> new AccountSnapshot(balance(rs),
                rs.getObject("as_of", LocalDate.class), new Money(rs.getBigDecimal("cumulative_purchases")),
                rs.getInt("slab_serial"), rs.getObject("slab_valid_until", LocalDate.class),
                rs.getObject("stable_until", LocalDate.class)));
    }

    private <T> Map<CustomerId, Map<ProgramId, T>> read(Collection<CustomerId> customerIds, String condition,
                                                        RowReader<T> reader) {
        List<Long> ids = customerIds.stream().map(CustomerId::value).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT customer_id, program_id, " + String.join(", ", VALUE_COLUMNS)
                + " FROM points_balance WHERE customer_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ")" + condition + " ORDER BY customer_id, program_id";
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < ids.size(); i++) {
                    statement.setLong(i + 1, ids.get(i));
                }
                Map<CustomerId, Map<ProgramId, T>> rows = new LinkedHashMap<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.computeIfAbsent(new CustomerId(rs.getLong("customer_id")), k -> new LinkedHashMap<>())
                                .put(new ProgramId(rs.getLong("program_id")), reader.read(rs));
                    }
                }
                return rows;
            }
        });
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The figures as the columns hold them, in {@link #VALUE_COLUMNS} order. */
    private static Object[] figures(PointsBalance b) {
        return new BigDecimal[] {b.available().value(), b.lifetime().value(), b.redeemed().value(),
                b.expired().value(), b.returned().value(), b.adjusted().value(), b.delayed().value()};
    }

    private static PointsBalance balance(ResultSet rs) throws SQLException {
        return new PointsBalance(points(rs, "available"), points(rs, "lifetime"), points(rs, "redeemed"),
                points(rs, "expired"), points(rs, "returned"), points(rs, "adjusted"), points(rs, "delayed_points"));
    }

    private static Points points(ResultSet rs, String column) throws SQLException {
        return new Points(rs.getBigDecimal(column));
    }
}
