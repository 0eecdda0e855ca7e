package org.loyaltyhub.application.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.Slab;
import org.loyaltyhub.domain.shared.Money;

/**
 * A customer's standing in one program today.
 *
 * @param slabExpiry last day of the current slab's validity, empty when it does not expire
 * @param details    the optional sections (slab history, expiry schedule, gaps...)
 */
public record ProgramSummary(Program program, PointsBalance balance, Slab currentSlab, Optional<Slab> nextSlab,
                             Optional<LocalDate> slabExpiry, Money cumulativePurchases, ProgramDetails details) {
    public ProgramSummary {
        details = Objects.requireNonNullElse(details, ProgramDetails.NONE);
    }

    public ProgramSummary(Program program, PointsBalance balance, Slab currentSlab, Optional<Slab> nextSlab,
                          Optional<LocalDate> slabExpiry, Money cumulativePurchases) {
        this(program, balance, currentSlab, nextSlab, slabExpiry, cumulativePurchases, ProgramDetails.NONE);
    }

    public boolean inHighestSlab() {
        return nextSlab.isEmpty();
    }

    public boolean inEntrySlab() {
        return currentSlab.isEntry();
    }
}
