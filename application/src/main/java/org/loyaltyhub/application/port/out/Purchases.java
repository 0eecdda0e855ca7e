package org.loyaltyhub.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;

/** Bills recorded for customers. */
public interface Purchases {
    /** Stores bills in order; returns them under the ids storage gave them. */
    List<Purchase> add(CustomerId customerId, ProgramId programId, List<Purchase> purchases);

    /**
     * Each customer's most recent bills of the given types, newest first (bills of the same time: the
     * later stored first), at most {@code limit} each.
     */
    Map<CustomerId, List<Purchase>> recentOf(Collection<CustomerId> customerIds, Set<TransactionType> types, int limit);

    /**
     * Each customer's REGULAR amounts minus RETURN amounts per program the bills counted for (never below
     * zero); customers and programs without such bills are absent.
     */
    Map<CustomerId, Map<ProgramId, Money>> netTotalsOf(Collection<CustomerId> customerIds);
}
