package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts bills in one JDBC batch and reads back the ids the database gave them, in order. Written
 * by hand because Micronaut Data 4 inserts generated-id rows one statement each on MySQL; H2,
 * MySQL Connector/J and MariaDB all return the keys of a batch. Runs on the connection of the
 * surrounding transaction, if any.
 */
@Singleton
class PurchaseInserts {
    private static final String INSERT = """
            INSERT INTO purchase (customer_id, program_id, store_code, bill_number, transaction_type, amount,
                                  created_at, till_code, return_store_code, return_bill_number)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcOperations jdbc;

    PurchaseInserts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows under their new ids, in the order given. */
    List<PurchaseRow> insertAll(List<PurchaseRow> rows) {
        return jdbc.execute(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                for (PurchaseRow row : rows) {
                    insert.setLong(1, row.customerId());
                    insert.setLong(2, row.programId());
                    insert.setString(3, row.storeCode());
                    insert.setString(4, row.billNumber());
                    insert.setString(5, row.transactionType());
                    insert.setBigDecimal(6, row.amount());
                    // A LocalDateTime goes to the driver as it is: no time-zone conversion on the way.
                    insert.setObject(7, row.createdAt());
                    insert.setString(8, row.tillCode());
                    insert.setString(9, row.returnStoreCode());
                    insert.setString(10, row.returnBillNumber());
                    insert.addBatch();
                }
                insert.executeBatch();
                List<PurchaseRow> stored = new ArrayList<>(rows.size());
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    for (PurchaseRow row : rows) {
                        if (!keys.next()) {
                            throw new IllegalStateException("the database returned fewer ids than bills inserted");
                        }
                        stored.add(withId(row, keys.getLong(1)));
                    }
                }
                return stored;
            }
        });
    }

    private static PurchaseRow withId(PurchaseRow row, long id) {
        return new PurchaseRow(id, row.customerId(), row.programId(), row.storeCode(), row.billNumber(),
                row.transactionType(), row.amount(), row.createdAt(), row.tillCode(), row.returnStoreCode(),
                row.returnBillNumber());
    }
}
