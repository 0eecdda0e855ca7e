package org.loyaltyhub.domain.ledger;

/** What a ledger entry did. Credits create lots; debits take points from lots. */
public enum EntryKind {
    /** Points earned on a regular bill. */
    EARN(true),
    /** Points granted by a promotion. */
    PROMOTION(true),
    /** A manual credit. */
    ADJUST_CREDIT(true),
    /** Points spent. */
    REDEEM(false),
    /** Points of the lots that ran out on the entry's expiry date. */
    EXPIRE(false),
    /** Points taken back because a bill was returned. */
    RETURN(false),
    /** A manual debit. */
    ADJUST_DEBIT(false);

    private final boolean credit;

    EntryKind(boolean credit) {
        this.credit = credit;
    }

    public boolean isCredit() {
        return credit;
    }
}
