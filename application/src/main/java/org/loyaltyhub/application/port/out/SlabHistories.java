package org.loyaltyhub.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.tier.SlabChange;

/** The slab changes the tier rules wrote, all programs together. */
public interface SlabHistories {
    void append(CustomerId customerId, List<SlabChange> changes);

    /** Each customer's changes oldest first; customers without changes are absent. */
    Map<CustomerId, List<SlabChange>> historyOf(Collection<CustomerId> customerIds);
}
