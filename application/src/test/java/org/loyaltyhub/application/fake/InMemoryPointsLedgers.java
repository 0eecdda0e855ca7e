package org.loyaltyhub.application.fake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.shared.Points;

public final class InMemoryPointsLedgers implements PointsLedgers {
    private final Map<CustomerId, List<LedgerEntry>> entries = new HashMap<>();
    private long nextId = 1;
    /** Calls that read whole ledgers. */
    public int reads;
    /** Calls that read the points of named bills only. */
    public int billReads;
    /** Calls that change what is stored. */
    public int writes;

    @Override
    public void append(CustomerId customerId, List<LedgerEntry> newEntries) {
        appendReturningIds(customerId, newEntries);
    }

    @Override
    public List<Long> appendReturningIds(CustomerId customerId, List<LedgerEntry> newEntries) {
        writes++;
        List<Long> ids = new ArrayList<>();
        for (LedgerEntry entry : newEntries) {
            entries.computeIfAbsent(customerId, k -> new ArrayList<>()).add(entry);
            ids.add(nextId++);
        }
        return ids;
    }

    @Override
    public Map<CustomerId, List<LedgerEntry>> entriesOf(Collection<CustomerId> customerIds) {
        reads++;
        Map<CustomerId, List<LedgerEntry>> result = new HashMap<>();
        for (CustomerId id : customerIds) {
            if (entries.containsKey(id)) {
                result.put(id, List.copyOf(entries.get(id)));
            }
        }
        return result;
    }

    @Override
    public Map<CustomerId, Map<BillRef, Points>> pointsEarnedBy(
            Map<CustomerId, ? extends Collection<BillRef>> billsByCustomer) {
        billReads++;
        Map<CustomerId, Map<BillRef, Points>> result = new HashMap<>();
        billsByCustomer.forEach((id, bills) -> {
            for (LedgerEntry entry : entries.getOrDefault(id, List.of())) {
                if (entry.kind() == EntryKind.EARN && bills.contains(entry.bill())) {
                    result.computeIfAbsent(id, k -> new HashMap<>()).merge(entry.bill(), entry.points(), Points::plus);
                }
            }
        });
        return result;
    }
}
