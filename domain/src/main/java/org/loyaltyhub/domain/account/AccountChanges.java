package org.loyaltyhub.domain.account;

import java.util.List;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.tier.SlabChange;

/** What an account operation added, in order, for the caller to store in one unit of work. */
public record AccountChanges(List<Purchase> purchases, List<LedgerEntry> ledgerEntries, List<SlabChange> slabChanges) {
    public AccountChanges {
        purchases = List.copyOf(purchases);
        ledgerEntries = List.copyOf(ledgerEntries);
        slabChanges = List.copyOf(slabChanges);
    }

    public boolean isEmpty() {
        return purchases.isEmpty() && ledgerEntries.isEmpty() && slabChanges.isEmpty();
    }
}
