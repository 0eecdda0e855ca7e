package org.loyaltyhub.application.port.in.write;

import java.util.List;
import java.util.Optional;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.SlabChange;

/**
 * A bill as stored.
 *
 * @param customer      empty for an anonymous NOT_INTERESTED bill
 * @param pointsAwarded points the bill earned (zero for RETURN and NOT_INTERESTED)
 * @param pointsDeducted points a RETURN took back (zero otherwise)
 * @param slabChanges   slab moves the bill caused (upgrades), and renewals or downgrades that fell due first
 * @param standing      the program's figures after the bill; empty without a LOYALTY customer
 */
public record TransactionRecorded(long transactionId, Optional<Customer> customer, Points pointsAwarded,
                                  Points pointsDeducted, List<SlabChange> slabChanges,
                                  Optional<ProgramStanding> standing) {
    public TransactionRecorded {
        slabChanges = List.copyOf(slabChanges);
    }
}
