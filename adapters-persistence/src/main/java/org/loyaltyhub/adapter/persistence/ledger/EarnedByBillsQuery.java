package org.loyaltyhub.adapter.persistence.ledger;

import java.util.Collections;

/**
 * The EARN entries of a few bills of a few customers, through {@code ix_ledger_entry_bill} (V8): the bill
 * number first, so the database seeks each number rather than reading each customer's whole ledger. A number
 * may be used at several stores; the caller keeps the bills it asked for.
 */
final class EarnedByBillsQuery {
    private EarnedByBillsQuery() {
    }

    /** Parameters: the bill numbers, then the customer ids. */
    static String sql(int numbers, int customers) {
        return "SELECT customer_id, bill_store_code, bill_number, points FROM ledger_entry"
                + " WHERE bill_number IN (" + placeholders(numbers) + ")"
                + " AND customer_id IN (" + placeholders(customers) + ")"
                + " AND kind = 'EARN'";
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
