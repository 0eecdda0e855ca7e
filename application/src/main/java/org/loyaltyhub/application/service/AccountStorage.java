package org.loyaltyhub.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.tier.SlabChange;

/**
 * Rebuilds a locked customer's accounts from storage and, once a write has applied its operation, stores
 * what the accounts produced together with the balance of every program the write touched, in the same
 * unit of work, so a stored balance always equals a replay of the ledger.
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
     * changes in the order they were made, and the balance of each program touched, as of today.
     */
    StoredChanges store(CustomerAccounts accounts, Instant now) {
        CustomerId id = accounts.customer().requireId();
        LocalDate today = accounts.today(now);
        List<Purchase> storedBills = new ArrayList<>();
        List<LedgerEntry> entries = new ArrayList<>();
        List<SlabChange> slabChanges = new ArrayList<>();
        boolean changed = false;
        for (CustomerAccounts.ProgramChanges changes : accounts.drain(now)) {
            if (!changes.bills().isEmpty()) {
                storedBills.addAll(purchases.add(id, changes.programId(), changes.bills()));
            }
            entries.addAll(changes.ledgerEntries());
            slabChanges.addAll(changes.slabChanges());
            changes.balance().ifPresent(balance -> balances.save(id, changes.programId(), balance, today));
            changed |= !changes.isEmpty();
        }
        List<Long> entryIds = entries.isEmpty() ? List.of() : ledgers.appendReturningIds(id, entries);
        if (!slabChanges.isEmpty()) {
            slabHistories.append(id, slabChanges);
        }
        return new StoredChanges(storedBills, entries, entryIds, slabChanges, changed);
    }

    /** A zero balance in every program, so a new member has stored balances from the start. */
    void saveOpeningBalances(OrgSetup setup, CustomerId id, LocalDate today) {
        for (Program program : CustomerAccounts.programsDefaultFirst(setup)) {
            balances.save(id, program.id(), PointsBalance.EMPTY, today);
        }
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
