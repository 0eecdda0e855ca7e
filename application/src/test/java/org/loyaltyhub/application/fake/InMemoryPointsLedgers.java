package org.loyaltyhub.application.fake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.LedgerEntry;

public final class InMemoryPointsLedgers implements PointsLedgers {
    private final Map<CustomerId, List<LedgerEntry>> entries = new HashMap<>();
    private long nextId = 1;
    public int reads;
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
}
