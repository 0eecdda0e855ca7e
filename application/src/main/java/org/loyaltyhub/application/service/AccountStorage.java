package org.loyaltyhub.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.tier.SlabChange;

/**
 * Rebuilds a locked customer's accounts from storage and, once a write has applied its operation, stores
 * what the accounts produced together with the snapshot (balance, purchases, slab, how long they hold) of
 * every program the write touched or changed, in the same unit of work, so a stored snapshot always equals a
 * replay of the history on its day.
 */
final class AccountStorage {
    private final PointsLedgers ledgers;
    private final Purchases purchases;
    private final SlabHistories slabHistories;
    private final PointsBalances balances;

    AccountStorage(PointsLedgers ledgers, Purchases purchases, SlabHistories slabHistories, PointsBalances balances) {
        this.ledgers = ledgers;
        this.purchases = purchases;
        this.slabHistories = slabHistories;
        this.balances = balances;
    }

    /** The customer's accounts as stored: ledger, bills and slab history, one query each. */
    CustomerAccounts accountsOf(OrgSetup setup, Customer customer) {
        CustomerId id = customer.requireId();
        List<LedgerEntry> entries = ledgers.entriesOf(List.of(id)).getOrDefault(id, List.of());
        Map<ProgramId, List<Purchase>> bills = purchases.historyOf(List.of(id)).getOrDefault(id, Map.of());
        List<SlabChange> history = slabHistories.historyOf(List.of(id)).getOrDefault(id, List.of());
        return new CustomerAccounts(setup, customer, entries, bills, history);
    }

    /**
     * Stores what the write produced: bills per program (under their new ids), ledger entries and slab
     * changes in the order they were made, and the snapshot of each program touched or changed, as of today.
     */
    StoredChanges store(CustomerAccounts accounts, Instant now) {
        return store(accounts, now, Set.of());
    }

    /**
     * As {@link #store}, and also stores anew each snapshot that is missing or no longer holds today (a
     * delayed credit became spendable, or the account was stored before snapshots existed), so lookups keep
     * showing stored figures instead of replaying the history. One more query.
     */
    StoredChanges storeRefreshingSnapshots(CustomerAccounts accounts, Instant now) {
        CustomerId id = accounts.customer().requireId();
        LocalDate today = accounts.today(now);
        Map<ProgramId, AccountSnapshot> stored = balances.snapshotsOf(List.of(id)).getOrDefault(id, Map.of());
        Set<ProgramId> stale = new LinkedHashSet<>();
        for (ProgramId program : accounts.programIds()) {
            AccountSnapshot snapshot = stored.get(program);
            if (snapshot == null || !snapshot.holdsOn(today)) {
                stale.add(program);
            }
        }
        return store(accounts, now, stale);
    }

    /** As {@link #store}, and also stores every program's snapshot anew as of today. */
    StoredChanges storeWithAllSnapshots(CustomerAccounts accounts, Instant now) {
        return store(accounts, now, accounts.programIds());
    }

    private StoredChanges store(CustomerAccounts accounts, Instant now, Set<ProgramId> resave) {
        CustomerId id = accounts.customer().requireId();
        List<Purchase> storedBills = new ArrayList<>();
        List<LedgerEntry> entries = new ArrayList<>();
        List<SlabChange> slabChanges = new ArrayList<>();
        boolean changed = false;
        for (CustomerAccounts.ProgramChanges changes : accounts.drain(now, resave)) {
            if (!changes.bills().isEmpty()) {
                storedBills.addAll(purchases.add(id, changes.programId(), changes.bills()));
            }
            entries.addAll(changes.ledgerEntries());
            slabChanges.addAll(changes.slabChanges());
            changes.snapshot().ifPresent(snapshot -> balances.save(id, changes.programId(), snapshot));
            changed |= !changes.isEmpty();
        }
        List<Long> entryIds = entries.isEmpty() ? List.of() : ledgers.appendReturningIds(id, entries);
        if (!slabChanges.isEmpty()) {
            slabHistories.append(id, slabChanges);
        }
        return new StoredChanges(storedBills, entries, entryIds, slabChanges, changed);
    }

    /**
     * The snapshot of every program of a member that just joined (nothing earned yet; a former non-member's
     * bills count for its purchases), so a new member has stored snapshots from the start.
     */
    void saveOpeningSnapshots(CustomerAccounts accounts, LocalDate today) {
        CustomerId id = accounts.customer().requireId();
        accounts.snapshots(today).forEach((program, snapshot) -> balances.save(id, program, snapshot));
    }

    /**
     * What a write stored.
     *
     * @param entryIds the id storage gave each entry, in the same order
     * @param changed  whether any bill, entry or slab change was stored
     */
    record StoredChanges(List<Purchase> bills, List<LedgerEntry> entries, List<Long> entryIds,
                         List<SlabChange> slabChanges, boolean changed) {
        /** The id of the first entry of the kind, as storage gave it. */
        Optional<Long> idOfFirst(EntryKind kind) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).kind() == kind) {
                    return Optional.of(entryIds.get(i));
                }
            }
            return Optional.empty();
        }
    }
}
