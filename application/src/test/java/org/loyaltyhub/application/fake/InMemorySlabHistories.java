package org.loyaltyhub.application.fake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.tier.SlabChange;

public final class InMemorySlabHistories implements SlabHistories {
    private final Map<CustomerId, List<SlabChange>> changes = new HashMap<>();
    public int reads;
    /** Calls that change what is stored. */
    public int writes;

    @Override
    public void append(CustomerId customerId, List<SlabChange> newChanges) {
        writes++;
        if (!newChanges.isEmpty()) {
            changes.computeIfAbsent(customerId, k -> new ArrayList<>()).addAll(newChanges);
        }
    }

    @Override
    public Map<CustomerId, List<SlabChange>> historyOf(Collection<CustomerId> customerIds) {
        reads++;
        Map<CustomerId, List<SlabChange>> result = new HashMap<>();
        for (CustomerId id : customerIds) {
            if (changes.containsKey(id)) {
                result.put(id, List.copyOf(changes.get(id)));
            }
        }
        return result;
    }
}
