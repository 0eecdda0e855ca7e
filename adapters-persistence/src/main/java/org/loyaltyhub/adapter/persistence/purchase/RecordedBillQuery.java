package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Whether an org already has a bill with a number at a store of a type: one statement, two index seeks
 * (ix_purchase_bill, joined to the customer's primary key for the org, and ix_anonymous_purchase_bill).
 * Plain JDBC because the answer is one boolean, which MySQL gives as 1/0 and H2 as TRUE/FALSE.
 */
@Singleton
class RecordedBillQuery {
    /** Package-private so a test can ask the database for its plan. */
    static final String SQL = """
            SELECT EXISTS (SELECT 1
                           FROM purchase p
                           JOIN customer c ON c.id = p.customer_id
                           WHERE p.bill_number = ? AND p.store_code = ? AND p.transaction_type = ? AND c.org_id = ?)
                OR EXISTS (SELECT 1
                           FROM anonymous_purchase a
                           WHERE a.bill_number = ? AND a.store_code = ? AND a.transaction_type = ? AND a.org_id = ?)
                AS recorded""";

    private final JdbcOperations jdbc;

    RecordedBillQuery(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    boolean isRecorded(long orgId, String storeCode, String billNumber, String type) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SQL)) {
                for (int table = 0; table < 2; table++) {
                    int first = table * 4 + 1;
                    statement.setString(first, billNumber);
                    statement.setString(first + 1, storeCode);
                    statement.setString(first + 2, type);
                    statement.setLong(first + 3, orgId);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }
}
