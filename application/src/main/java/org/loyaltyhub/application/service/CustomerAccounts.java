package org.loyaltyhub.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.loyaltyhub.application.port.in.write.ProgramStanding;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.domain.account.AccountChanges;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.account.LoyaltyAccount;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.TierStanding;

/**
 * One locked customer's accounts, rebuilt from storage for a write: a {@link LoyaltyAccount} per program for
 * a LOYALTY customer (none otherwise), the bills as stored, and the time of the latest recorded event.
 * Operations go through here so it knows which programs a write touched; {@link CustomerWrites#store}
 * then stores what they produced.
 */
final class CustomerAccounts {
    private final OrgSetup setup;
    private final Customer customer;
    private final Map<ProgramId, LoyaltyAccount> accounts = new LinkedHashMap<>();
    private final Map<ProgramId, List<Purchase>> storedBills;
    /** Bills of a non-member: recorded under their program, earning nothing. */
    private final Map<ProgramId, List<Purchase>> unearnedBills = new LinkedHashMap<>();
    private final Set<ProgramId> touched = new LinkedHashSet<>();
    private final Instant latestEvent;

    CustomerAccounts(OrgSetup setup, Customer customer, List<LedgerEntry> entries,
                     Map<ProgramId, List<Purchase>> bills, List<SlabChange> slabHistory) {
        this.setup = setup;
        this.customer = customer;
        this.storedBills = bills;
        if (customer.isLoyaltyMember()) {
            for (Program program : programsDefaultFirst(setup)) {
                accounts.put(program.id(), LoyaltyAccount.reconstitute(program, zone(),
                        entries.stream().filter(e -> e.programId().equals(program.id())).toList(),
                        bills.getOrDefault(program.id(), List.of()),
                        slabHistory.stream().filter(c -> c.programId().equals(program.id())).toList()));
            }
        }
        this.latestEvent = Stream.of(
                        entries.stream().map(LedgerEntry::occurredAt),
                        bills.values().stream().flatMap(List::stream).map(Purchase::at),
                        slabHistory.stream().map(SlabChange::changedOn))
                .flatMap(s -> s)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** The org's programs, the default one first: the order standings are reported in. */
    static List<Program> programsDefaultFirst(OrgSetup setup) {
        List<Program> programs = new ArrayList<>();
        programs.add(setup.defaultProgram());
        setup.programs().stream().filter(p -> !p.isDefault()).forEach(programs::add);
        return programs;
    }

    Customer customer() {
        return customer;
    }

    OrgSetup setup() {
        return setup;
    }

    ZoneId zone() {
        return setup.org().timeZone();
    }

    LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone());
    }

    /** The program a write names; null names the org's default program. */
    Program program(ProgramId id) {
        if (id == null) {
            return setup.defaultProgram();
        }
        return setup.program(id).orElseThrow(() -> Refusals.refuse(WriteRefusal.UNKNOWN_PROGRAM,
                "program " + id.value() + " is not a program of this org; known: "
                        + setup.programs().stream().map(p -> String.valueOf(p.id().value())).toList()));
    }

    /** The customer's account in the program, for an operation: the program counts as touched by this write. */
    LoyaltyAccount account(ProgramId id) {
        Program program = program(id);
        if (!customer.isLoyaltyMember()) {
            throw Refusals.refuse(WriteRefusal.NOT_LOYALTY,
                    "customer " + customer.requireId().value() + " is not a loyalty member and has no points");
        }
        touched.add(program.id());
        return accounts.get(program.id());
    }

    /** Records a bill: a member's through the ledger rules, a non-member's as it is, earning nothing. */
    void record(ProgramId programId, Purchase bill) {
        if (customer.isLoyaltyMember()) {
            account(programId).recordPurchase(bill);
        } else {
            unearnedBills.computeIfAbsent(program(programId).id(), k -> new ArrayList<>()).add(bill);
        }
    }

    /**
     * When a write happens: {@code requested}, or now when null. The ledger replays entries in the order
     * they were appended, so an event may not lie before the customer's latest recorded event, nor after now.
     */
    Instant eventTime(Instant requested, Instant now) {
        Instant at = requested == null ? now : requested;
        if (at.isAfter(now)) {
            throw Refusals.refuse(WriteRefusal.TIME_OUT_OF_ORDER, "time " + at + " lies in the future (now is " + now
                    + ")");
        }
        if (latestEvent != null && at.isBefore(latestEvent)) {
            throw Refusals.refuse(WriteRefusal.TIME_OUT_OF_ORDER, "time " + at
                    + " lies before the customer's latest recorded event at " + latestEvent
                    + ": the ledger replays events in the order they were recorded, so back-dated writes are refused");
        }
        return at;
    }

    /** The customer's REGULAR bill of that number at that store, with the program it counts for. */
    Optional<ProgramBill> regularBill(BillRef bill) {
        for (Map.Entry<ProgramId, List<Purchase>> byProgram : storedBills.entrySet()) {
            for (Purchase p : byProgram.getValue()) {
                if (p.type() == TransactionType.REGULAR && p.bill().equals(bill)) {
                    return Optional.of(new ProgramBill(byProgram.getKey(), p));
                }
            }
        }
        return Optional.empty();
    }

    /** What earlier RETURNs of the bill gave back, in amount. */
    Money returnedOf(BillRef bill) {
        return storedBills.values().stream().flatMap(List::stream)
                .filter(p -> p.type() == TransactionType.RETURN && bill.equals(p.returnOf()))
                .map(Purchase::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    /** Catches every account up to now (expiry, renewal, downgrade) without counting it as touched. */
    void catchUpAll(Instant now) {
        accounts.values().forEach(a -> a.catchUpTo(now));
    }

    /** The programs the customer has an account in (none for a non-member), the default one first. */
    Set<ProgramId> programIds() {
        return java.util.Collections.unmodifiableSet(accounts.keySet());
    }

    /** Each account as a lookup today shows it; empty for a non-member. */
    Map<ProgramId, AccountSnapshot> snapshots(LocalDate today) {
        Map<ProgramId, AccountSnapshot> snapshots = new LinkedHashMap<>();
        accounts.forEach((id, account) -> snapshots.put(id, account.snapshotOn(today)));
        return snapshots;
    }

    /**
     * Catches the touched accounts up to now and hands over, per program, what the write produced and the
     * snapshot to store: for a touched program always, for another when it changed or is named in
     * {@code resave}.
     */
    List<ProgramChanges> drain(Instant now, Set<ProgramId> resave) {
        LocalDate today = today(now);
        List<ProgramChanges> all = new ArrayList<>();
        for (LoyaltyAccount account : accounts.values()) {
            ProgramId id = account.program().id();
            if (touched.contains(id)) {
                account.catchUpTo(now);
            }
            AccountChanges changes = account.drainChanges();
            boolean saveSnapshot = touched.contains(id) || !changes.isEmpty() || resave.contains(id);
            if (saveSnapshot) {
                all.add(new ProgramChanges(id, changes.purchases(), changes.ledgerEntries(), changes.slabChanges(),
                        Optional.of(account.snapshotOn(today))));
            }
        }
        unearnedBills.forEach((id, bills) -> all.add(new ProgramChanges(id, bills, List.of(), List.of(),
                Optional.empty())));
        unearnedBills.clear();
        touched.clear();
        return all;
    }

    /** The customer's figures in the program on {@code today}; empty for a non-member. */
    Optional<ProgramStanding> standing(ProgramId programId, LocalDate today) {
        LoyaltyAccount account = accounts.get(program(programId).id());
        if (account == null) {
            return Optional.empty();
        }
        TierStanding standing = account.standing();
        return Optional.of(new ProgramStanding(account.program(), account.ledger().balanceOn(today),
                account.program().slab(standing.serial()), standing.validUntil()));
    }

    /** One standing per program, the default program first; empty for a non-member. */
    List<ProgramStanding> standings(LocalDate today) {
        return accounts.keySet().stream().map(id -> standing(id, today).orElseThrow()).toList();
    }

    record ProgramBill(ProgramId programId, Purchase bill) {
    }

    /** What one program's account produced, in order, and its snapshot to store if any. */
    record ProgramChanges(ProgramId programId, List<Purchase> bills, List<LedgerEntry> ledgerEntries,
                          List<SlabChange> slabChanges, Optional<AccountSnapshot> snapshot) {
        boolean isEmpty() {
            return bills.isEmpty() && ledgerEntries.isEmpty() && slabChanges.isEmpty();
        }
    }
}
