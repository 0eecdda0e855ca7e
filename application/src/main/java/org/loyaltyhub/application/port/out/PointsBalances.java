package org.loyaltyhub.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.ProgramId;

/**
 * Each customer's balance per program as of the last write, kept in the same unit of work as the ledger
 * entries it sums, so it always equals a replay of the ledger on {@code asOf}. Writes store it as part of an
 * {@link AccountSnapshot} (balance, purchases, slab and how long they hold), which lets a lookup show the
 * account without replaying its history.
 */
public interface PointsBalances {
    /** Inserts or replaces the customer's balance in the program; a snapshot stored before is dropped. */
    void save(CustomerId customerId, ProgramId programId, PointsBalance balance, LocalDate asOf);

    /** Inserts or replaces the customer's snapshot in the program, its balance included. */
    void save(CustomerId customerId, ProgramId programId, AccountSnapshot snapshot);

    /** Each customer's stored balances, snapshots' included; customers without any are absent. One query. */
    Map<CustomerId, Map<ProgramId, StoredBalance>> balancesOf(Collection<CustomerId> customerIds);

    /**
     * Each customer's stored snapshots; balances saved without one, and customers without any, are absent.
     * One query.
     */
    Map<CustomerId, Map<ProgramId, AccountSnapshot>> snapshotsOf(Collection<CustomerId> customerIds);

    record StoredBalance(PointsBalance balance, LocalDate asOf) {
    }
}
