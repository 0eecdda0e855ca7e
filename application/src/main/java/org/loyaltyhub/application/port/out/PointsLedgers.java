package org.loyaltyhub.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.shared.Points;

/** The append-only points ledger of every customer, all programs together. */
public interface PointsLedgers {
    void append(CustomerId customerId, List<LedgerEntry> entries);

    /** Each customer's entries in the order they were appended; customers without entries are absent. */
    Map<CustomerId, List<LedgerEntry>> entriesOf(Collection<CustomerId> customerIds);

    /**
     * Appends and returns the entries under the ids storage gave them, in order (the id of a REDEEM entry is
     * the redemption id a client gets back).
     */
    List<Long> appendReturningIds(CustomerId customerId, List<LedgerEntry> entries);

    /**
     * What each of the named bills earned (its EARN entries, every program), per customer: the points a
     * lookup shows next to a bill, read for those bills only rather than from the whole ledger. Bills that
     * earned nothing are absent. One query whatever the number of customers and bills.
     */
    Map<CustomerId, Map<BillRef, Points>> pointsEarnedBy(Map<CustomerId, ? extends Collection<BillRef>> billsByCustomer);
}
