package org.loyaltyhub.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.Slab;
import org.loyaltyhub.domain.shared.Money;

/**
 * A customer's standing in one program today.
 *
 * @param slabExpiry last day of the current slab's validity, empty when it does not expire
 */
public record ProgramSummary(Program program, PointsBalance balance, Slab currentSlab, Optional<Slab> nextSlab,
                             Optional<LocalDate> slabExpiry, Money cumulativePurchases) {
}
