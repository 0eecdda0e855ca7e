package org.loyaltyhub.adapter.persistence.customer;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cards, custom fields, extended fields and notes of a batch of customers in one statement (a UNION ALL of
 * the four tables, each by its {@code (customer_id, position)} index). Every lookup reads all four; as four
 * statements they cost more than the rest of a default lookup's customer reads together (issue 6's profile).
 * Plain JDBC because Micronaut Data maps a query to one entity type.
 */
@Singleton
class CustomerChildRows {
    // The union sits in a derived table: H2 parses a top-level UNION again at every execution (it keeps only
    // plain SELECTs in its per-connection statement cache), which cost more than the three statements saved.
    private static final String OF_CUSTOMERS = """
            SELECT kind, customer_id, position, id, org_id, s1, s2, s3, t FROM (
            SELECT 1 AS kind, customer_id, position, id, org_id, card_number AS s1, card_external_id AS s2,
                   status AS s3, CAST(NULL AS DATETIME) AS t
            FROM customer_card WHERE customer_id IN (%1$s)
            UNION ALL
            SELECT 2, customer_id, position, id, 0, field_name, field_value, NULL, NULL
            FROM customer_custom_field WHERE customer_id IN (%1$s)
            UNION ALL
            SELECT 3, customer_id, position, id, 0, field_name, field_value, NULL, NULL
            FROM customer_extended_field WHERE customer_id IN (%1$s)
            UNION ALL
            SELECT 4, customer_id, position, id, 0, created_by, note_text, NULL, created_on
            FROM customer_note WHERE customer_id IN (%1$s)) child
            ORDER BY kind, customer_id, position""";

    private final JdbcOperations jdbc;

    CustomerChildRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Each kind of child row of the customers, by customer id, in position order. */
    record Children(Map<Long, List<CardRow>> cards, Map<Long, List<CustomFieldRow>> customFields,
                    Map<Long, List<ExtendedFieldRow>> extendedFields, Map<Long, List<NoteRow>> notes) {
    }

    Children of(Collection<Long> customerIds) {
        String marks = String.join(", ", Collections.nCopies(customerIds.size(), "?"));
        String sql = OF_CUSTOMERS.formatted(marks);
        // Runs on the connection of the surrounding transaction, if any, else on one of its own.
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = 1;
                for (int copy = 0; copy < 4; copy++) {
                    for (Long id : customerIds) {
                        statement.setLong(i++, id);
                    }
                }
                Children children = new Children(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        add(children, rs);
                    }
                }
                return children;
            }
        });
    }

    private static void add(Children children, ResultSet rs) throws SQLException {
        long customerId = rs.getLong("customer_id");
        int position = rs.getInt("position");
        long id = rs.getLong("id");
        switch (rs.getInt("kind")) {
            case 1 -> children.cards().computeIfAbsent(customerId, c -> new ArrayList<>()).add(new CardRow(id,
                    customerId, rs.getLong("org_id"), position, rs.getString("s1"), rs.getString("s2"),
                    rs.getString("s3")));
            case 2 -> children.customFields().computeIfAbsent(customerId, c -> new ArrayList<>())
                    .add(new CustomFieldRow(id, customerId, position, rs.getString("s1"), rs.getString("s2")));
            case 3 -> children.extendedFields().computeIfAbsent(customerId, c -> new ArrayList<>())
                    .add(new ExtendedFieldRow(id, customerId, position, rs.getString("s1"), rs.getString("s2")));
            case 4 -> children.notes().computeIfAbsent(customerId, c -> new ArrayList<>()).add(new NoteRow(id,
                    customerId, position, rs.getObject("t", LocalDateTime.class), rs.getString("s1"),
                    rs.getString("s2")));
            default -> throw new IllegalStateException("unknown child row kind " + rs.getInt("kind"));
        }
    }
}
