package org.loyaltyhub.domain.ledger;

import java.time.Instant;
import java.time.LocalDate;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.shared.Points;

/**
 * One credit (a lot) as a read shows it: what was credited, what of it is left, when it became or
 * becomes spendable and when it expires.
 */
public record CreditView(ProgramId programId, EntryKind kind, Points points, Points remaining, Instant issuedOn,
                         LocalDate availableFrom, LocalDate expiresOn, String storeCode, String reason) {
}
