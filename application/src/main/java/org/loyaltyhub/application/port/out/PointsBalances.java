package org.loyaltyhub.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.ProgramId;

/**
 * Each customer's balance per program as of the last write, kept in the same unit of work as the ledger
 * entries it sums, so it always equals a replay of the ledger on {@code asOf}.
 */
public interface PointsBalances {
    /** Inserts or replaces the customer's balance in the program. */
    void save(CustomerId customerId, ProgramId programId, PointsBalance balance, LocalDate asOf);

    /** Each customer's stored balances; customers without any are absent. One query. */
    Map<CustomerId, Map<ProgramId, StoredBalance>> balancesOf(Collection<CustomerId> customerIds);

    record StoredBalance(PointsBalance balance, LocalDate asOf) {
    }
}
