package org.loyaltyhub.application.port.in.write;

import java.time.LocalDate;
import java.util.Objects;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.Slab;

/** A customer's figures in one program right after a write: what the response reports. */
public record ProgramStanding(Program program, PointsBalance balance, Slab slab, LocalDate slabValidUntil) {
    public ProgramStanding {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(slab, "slab");
    }
}
