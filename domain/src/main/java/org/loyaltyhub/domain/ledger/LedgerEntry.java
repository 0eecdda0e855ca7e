package org.loyaltyhub.domain.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.shared.Points;

/**
 * One append-only line of a customer's points ledger in one program. {@code points} is always
 * positive: the kind says whether it adds or takes away.
 *
 * @param expiresOn     for a credit: the last day its lot may be spent (null: never); for EXPIRE: the
 *                      expiry date of the lots it closed
 * @param availableFrom for a credit: the first day its lot may be spent (delayed accrual), else null
 * @param bill          the bill an EARN or RETURN belongs to, else null
 * @param storeCode     where it happened (issuing store of a lot), may be null
 */
public record LedgerEntry(ProgramId programId, EntryKind kind, Points points, Instant occurredAt,
                          LocalDate expiresOn, LocalDate availableFrom, BillRef bill, String storeCode,
                          String reason) {
    public LedgerEntry {
        Objects.requireNonNull(programId, "program id");
        Objects.requireNonNull(kind, "entry kind");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(occurredAt, "entry time");
        if (!points.isPositive()) {
            throw new IllegalArgumentException(kind + " entry must carry positive points, got " + points);
        }
        if (kind == EntryKind.EXPIRE && expiresOn == null) {
            throw new IllegalArgumentException("an EXPIRE entry names the expiry date it closed");
        }
        if ((kind == EntryKind.EARN || kind == EntryKind.RETURN) && bill == null) {
            throw new IllegalArgumentException(kind + " entry needs its bill");
        }
        if (!kind.isCredit() && kind != EntryKind.EXPIRE) {
            expiresOn = null;
        }
        if (!kind.isCredit()) {
            availableFrom = null;
        }
        reason = reason == null ? "" : reason;
    }
}
