package org.loyaltyhub.domain.ledger;

import java.time.LocalDate;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.shared.Points;

/** Points falling due (expiry schedule) or having fallen due (expired points) on one date. */
public record DatedPoints(ProgramId programId, Points points, LocalDate date) {
}
