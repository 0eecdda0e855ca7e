package org.loyaltyhub.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.loyaltyhub.application.port.in.write.DailyJobReport;
import org.loyaltyhub.application.port.in.write.RunDailyJobsUseCase;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * The daily jobs: every live member of every org is caught up to now, one unit of work per member under its
 * lock, so lots past their expiry date are expired and slabs whose validity ended are renewed or dropped.
 * What the rules produce is stored with the new snapshots; an account with nothing due is left untouched, so
 * a second run the same day writes nothing. A stored snapshot that no longer holds (a delayed credit became
 * spendable) or was never stored is stored anew, so lookups keep reading it instead of replaying history. A member that fails does not stop the others; the run reports
 * the failures at the end.
 */
public final class DailyJobsService implements RunDailyJobsUseCase {
    static final int PAGE_SIZE = 500;

    private final UnitOfWork unitOfWork;
    private final Orgs orgs;
    private final Customers customers;
    private final AccountStorage storage;
    private final ClockPort clock;

    public DailyJobsService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                            Purchases purchases, SlabHistories slabHistories, PointsBalances balances,
                            ClockPort clock) {
        this.unitOfWork = unitOfWork;
        this.orgs = orgs;
        this.customers = customers;
        this.storage = new AccountStorage(ledgers, purchases, slabHistories, balances);
        this.clock = clock;
    }

    @Override
    public DailyJobReport run() {
        Instant now = clock.now();
        Tally tally = new Tally();
        List<OrgId> orgIds = unitOfWork.read(orgs::allIds);
        for (OrgId orgId : orgIds) {
            Optional<OrgSetup> setup = unitOfWork.read(() -> orgs.find(orgId));
            setup.ifPresent(s -> runFor(s, now, tally));
        }
        if (!tally.failures.isEmpty()) {
            IllegalStateException failed = new IllegalStateException(tally.failures.size()
                    + " account(s) could not be caught up; first: " + tally.failures.get(0).getMessage());
            tally.failures.forEach(failed::addSuppressed);
            throw failed;
        }
        return new DailyJobReport(tally.day == null ? LocalDate.ofInstant(now, ZoneOffset.UTC) : tally.day,
                tally.checked, tally.changed, tally.expiries, tally.slabChanges);
    }

    private void runFor(OrgSetup setup, Instant now, Tally tally) {
        LocalDate today = LocalDate.ofInstant(now, setup.org().timeZone());
        tally.day = tally.day == null || today.isBefore(tally.day) ? today : tally.day;
        CustomerId after = null;
        List<CustomerId> page;
        do {
            CustomerId from = after;
            page = unitOfWork.read(() -> customers.loyaltyMembersAfter(setup.org().id(), from, PAGE_SIZE));
            for (CustomerId id : page) {
                try {
                    tally.add(unitOfWork.write(() -> catchUp(setup, id, now)));
                } catch (RuntimeException e) {
                    tally.failures.add(new IllegalStateException("customer " + id.value() + " of org "
                            + setup.org().id().value() + ": " + e.getMessage(), e));
                }
                after = id;
            }
        } while (page.size() == PAGE_SIZE);
    }

    /**
     * What the daily job does for one member, now, on its own, storing every snapshot as of today: the org
     * import catches each imported member up to the real now with it once its history is in, so the member's
     * figures are stored as of the import day, as the bulk import stores them. Joins a unit of work already
     * open.
     */
    void catchUpMember(OrgSetup setup, CustomerId id) {
        unitOfWork.write(() -> catchUp(setup, id, clock.now(), true));
    }

    private Caught catchUp(OrgSetup setup, CustomerId id, Instant now) {
        return catchUp(setup, id, now, false);
    }

    /** One member caught up, counted only once its unit of work has committed. */
    private Caught catchUp(OrgSetup setup, CustomerId id, Instant now, boolean allSnapshots) {
        Optional<Customer> customer = customers.lockForWrite(setup.org().id(), id);
        if (customer.isEmpty() || customer.get().isErased() || !customer.get().isLoyaltyMember()) {
            return Caught.NOTHING;
        }
        CustomerAccounts accounts = storage.accountsOf(setup, customer.get());
        accounts.catchUpAll(now);
        AccountStorage.StoredChanges stored = allSnapshots
                ? storage.storeWithAllSnapshots(accounts, now)
                : storage.storeRefreshingSnapshots(accounts, now);
        Set<ProgramId> changed = new HashSet<>();
        stored.entries().forEach(e -> changed.add(e.programId()));
        stored.slabChanges().forEach(c -> changed.add(c.programId()));
        int expiries = (int) stored.entries().stream().filter(e -> e.kind() == EntryKind.EXPIRE).count();
        return new Caught(setup.programs().size(), changed.size(), expiries, stored.slabChanges().size());
    }

    private record Caught(int accounts, int changedAccounts, int expiryEntries, int slabChanges) {
        static final Caught NOTHING = new Caught(0, 0, 0, 0);
    }

    private static final class Tally {
        LocalDate day;
        int checked;
        int changed;
        int expiries;
        int slabChanges;
        final List<RuntimeException> failures = new ArrayList<>();

        void add(Caught caught) {
            checked += caught.accounts();
            changed += caught.changedAccounts();
            expiries += caught.expiryEntries();
            slabChanges += caught.slabChanges();
        }
    }
}
