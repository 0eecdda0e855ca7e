package org.loyaltyhub.domain.ledger;

import java.time.LocalDate;
import org.loyaltyhub.domain.shared.Points;

/** Points from one credit, and how many of them are still unspent. Internal to the ledger. */
final class Lot {
    final LedgerEntry source;
    Points remaining;

    Lot(LedgerEntry source) {
        this.source = source;
        this.remaining = source.points();
    }

    LocalDate expiresOn() {
        return source.expiresOn();
    }

    boolean isExpiredOn(LocalDate day) {
        return source.expiresOn() != null && source.expiresOn().isBefore(day);
    }

    boolean isDelayedOn(LocalDate day) {
        return source.availableFrom() != null && source.availableFrom().isAfter(day);
    }

    boolean isSpendableOn(LocalDate day) {
        return remaining.isPositive() && !isExpiredOn(day) && !isDelayedOn(day);
    }

    Points take(Points wanted) {
        Points taken = remaining.min(wanted);
        remaining = remaining.minus(taken);
        return taken;
    }
}
