package org.loyaltyhub.application.port.out;

import java.util.List;
import org.loyaltyhub.domain.customer.Customer;

/**
 * New customers and what their history produced, written a whole batch at a time with a few multi-row
 * statements per table, for bulk loads. Stores the same rows as {@link Customers}, {@link Purchases},
 * {@link PointsLedgers}, {@link SlabHistories} and {@link Coupons} would, so everything reads back through
 * those ports unchanged.
 */
public interface CustomerBatches {
    /**
     * Stores newly registered customers with their cards, custom and extended fields; returns them under
     * the ids storage gave them, in the order given.
     */
    List<Customer> addAll(List<Customer> registered);

    /**
     * Stores each replayed history: bills, ledger entries and slab changes in the order given (their
     * order is part of the ledger), coupons with their redemptions, the account snapshots per program, and
     * the profile changes (fraud details, notes) of customers whose profile changed after registration.
     */
    void storeAll(List<ReplayedHistory> histories);
}
