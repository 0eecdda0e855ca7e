package org.loyaltyhub.adapter.persistence.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts ledger lines in one JDBC batch and reads back the ids the database gave them, in order (a REDEEM
 * line's id is the redemption id a client gets). Written by hand for the same reason as the bills'
 * {@code PurchaseInserts}: Micronaut Data does not return the ids of a batch. Runs on the connection of the
 * surrounding transaction, if any.
 */
@Singleton
class LedgerEntryInserts {
    private static final String INSERT = """
            INSERT INTO ledger_entry (customer_id, program_id, kind, points, occurred_at, expires_on, available_from,
                                      bill_store_code, bill_number, store_code, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcOperations jdbc;

    LedgerEntryInserts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> insertAll(List<LedgerEntryRow> rows) {
        return jdbc.execute(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                for (LedgerEntryRow row : rows) {
                    insert.setLong(1, row.customerId());
                    insert.setLong(2, row.programId());
                    insert.setString(3, row.kind());
                    insert.setBigDecimal(4, row.points());
                    // A LocalDateTime goes to the driver as it is: no time-zone conversion on the way.
                    insert.setObject(5, row.occurredAt());
                    insert.setObject(6, row.expiresOn());
                    insert.setObject(7, row.availableFrom());
                    insert.setString(8, row.billStoreCode());
                    insert.setString(9, row.billNumber());
                    insert.setString(10, row.storeCode());
                    insert.setString(11, row.reason());
                    insert.addBatch();
                }
                insert.executeBatch();
                List<Long> ids = new ArrayList<>(rows.size());
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                if (ids.size() != rows.size()) {
                    throw new IllegalStateException("the database returned " + ids.size() + " ids for "
                            + rows.size() + " ledger entries");
                }
                return ids;
            }
        });
    }
}
