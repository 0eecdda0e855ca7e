package org.loyaltyhub.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.HistoryEvent;
import org.loyaltyhub.application.port.out.ReplayedHistory;
import org.loyaltyhub.domain.account.AccountChanges;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.account.LoyaltyAccount;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.shared.DomainException;
import org.loyaltyhub.domain.tier.SlabChange;

/**
 * Replays one new customer's history through the loyalty rules, in time order, against one
 * {@link LoyaltyAccount} per program, then catches the accounts up to now; nothing is stored here. Only the
 * bulk import ({@code generate}) replays through it, because it must stay fast for a million customers: it
 * applies the domain rules directly, without the write use cases' lock, reads and checks per event. The org
 * import (seed files) sends each event through the write use cases instead ({@link ImportedCustomerWrites}).
 * Both end in the same domain operations, and {@code BulkImportMatchesOrgImportTest} checks that the two
 * store the same for generated customers; histories the write API would refuse must not be generated.
 */
final class NewCustomerReplay {
    private final OrgSetup setup;
    private final Instant now;
    private final Consumer<HistoryEvent> admission;

    /** A replay that takes every kind of event. */
    NewCustomerReplay(OrgSetup setup, Instant now) {
        this(setup, now, event -> { });
    }

    /**
     * @param admission checked on each event, in time order, just before it is applied; throws for an event
     *                  the caller cannot store, so a history fails on its first bad event whatever the cause
     */
    NewCustomerReplay(OrgSetup setup, Instant now, Consumer<HistoryEvent> admission) {
        this.setup = setup;
        this.now = now;
        this.admission = admission;
    }

    /** The history of {@code customerImport}, replayed for {@code stored} (the same customer under its id). */
    ReplayedHistory replay(CustomerImport customerImport, Customer stored) {
        Run run = new Run(stored);
        List<HistoryEvent> events = customerImport.history().stream()
                .sorted(Comparator.comparing(HistoryEvent::at))
                .toList();
        for (HistoryEvent event : events) {
            if (event.at().isAfter(now)) {
                throw new IllegalArgumentException("history of customer " + describe(stored)
                        + " lies in the future: " + event);
            }
            admission.accept(event);
            try {
                run.apply(event);
            } catch (DomainException e) {
                throw new IllegalArgumentException("customer " + describe(stored) + ", event " + event + ": "
                        + e.getMessage(), e);
            }
        }
        return run.finish();
    }

    static String describe(Customer customer) {
        return (customer.firstname() + " " + customer.lastname()).trim();
    }

    /** One customer's replay in progress: the accounts and what the events produced so far. */
    private final class Run {
        private final Customer customer;
        private final Map<ProgramId, LoyaltyAccount> accounts = new LinkedHashMap<>();
        private final List<Purchase> nonLoyaltyBills = new ArrayList<>();
        private final List<Coupon> issued = new ArrayList<>();
        private boolean profileChanged;

        Run(Customer customer) {
            this.customer = customer;
            if (customer.isLoyaltyMember()) {
                for (Program program : setup.programs()) {
                    accounts.put(program.id(), LoyaltyAccount.open(program, setup.org().timeZone()));
                }
            }
        }

        void apply(HistoryEvent event) {
            if (event instanceof HistoryEvent.Bill bill) {
                requireStoreAndTill(bill.purchase());
                if (customer.isLoyaltyMember()) {
                    account(bill.programId()).recordPurchase(bill.purchase());
                } else {
                    nonLoyaltyBills.add(bill.purchase());
                }
            } else if (event instanceof HistoryEvent.PointsRedemption redemption) {
                customer.assertMaySpend();
                account(redemption.programId())
                        .redeem(redemption.points(), redemption.at(), redemption.storeCode());
            } else if (event instanceof HistoryEvent.PointsAdjustment adjustment) {
                account(adjustment.programId())
                        .adjust(adjustment.points(), adjustment.at(), adjustment.reason());
            } else if (event instanceof HistoryEvent.PromotionAward award) {
                account(award.programId())
                        .award(award.points(), award.at(), award.availableFrom(), award.storeCode(), award.reason());
            } else if (event instanceof HistoryEvent.CouponIssue issue) {
                issue(issue);
            } else if (event instanceof HistoryEvent.CouponUse use) {
                Coupon coupon = issued.stream().filter(c -> c.code().equals(use.code())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("coupon " + use.code()
                                + " was not issued to this customer before its use"));
                customer.assertMaySpend();
                coupon.redeem(customer.requireId(), use.at(), setup.org().timeZone(), use.tillCode(),
                        use.billNumber());
            } else if (event instanceof HistoryEvent.FraudMark mark) {
                customer.markFraud(mark.details());
                profileChanged = true;
            } else if (event instanceof HistoryEvent.NoteAdded note) {
                customer.addNote(note.note());
                profileChanged = true;
            } else if (event instanceof HistoryEvent.PiiDelete delete) {
                customer.erase(delete.at());
                profileChanged = true;
            } else {
                throw new IllegalArgumentException("unknown history event " + event);
            }
        }

        private void issue(HistoryEvent.CouponIssue issue) {
            CouponSeries series = setup.series(issue.seriesId()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown coupon series " + issue.seriesId().value()));
            if (issue.code() == null || issue.code().isBlank()) {
                throw new IllegalArgumentException("an imported coupon needs its code");
            }
            List<Coupon> ofSeries = issued.stream().filter(c -> c.seriesId().equals(series.id())).toList();
            issued.add(series.issue(issue.code(), customer.requireId(), issue.at(), issue.tillCode(),
                    setup.org().timeZone(), ofSeries));
        }

        private LoyaltyAccount account(ProgramId programId) {
            if (accounts.isEmpty()) {
                throw new DomainException("NOT_LOYALTY", "a non-loyalty customer has no points");
            }
            ProgramId id = programId == null ? setup.defaultProgram().id() : programId;
            LoyaltyAccount account = accounts.get(id);
            if (account == null) {
                throw new IllegalArgumentException("unknown program " + id.value());
            }
            return account;
        }

        private void requireStoreAndTill(Purchase bill) {
            if (setup.store(bill.bill().storeCode()).isEmpty()) {
                throw new IllegalArgumentException("unknown store " + bill.bill().storeCode());
            }
            if (bill.tillCode() != null && setup.till(bill.tillCode()).isEmpty()) {
                throw new IllegalArgumentException("unknown till " + bill.tillCode());
            }
        }

        /** Catches the accounts up to now and collects what they produced, bills per program they count for. */
        ReplayedHistory finish() {
            Map<ProgramId, List<Purchase>> bills = new LinkedHashMap<>();
            List<LedgerEntry> entries = new ArrayList<>();
            List<SlabChange> slabChanges = new ArrayList<>();
            Map<ProgramId, AccountSnapshot> snapshots = new LinkedHashMap<>();
            LocalDate today = LocalDate.ofInstant(now, setup.org().timeZone());
            for (LoyaltyAccount account : accounts.values()) {
                account.catchUpTo(now);
                snapshots.put(account.program().id(), account.snapshotOn(today));
                AccountChanges changes = account.drainChanges();
                if (!changes.purchases().isEmpty()) {
                    bills.put(account.program().id(), changes.purchases());
                }
                entries.addAll(changes.ledgerEntries());
                slabChanges.addAll(changes.slabChanges());
            }
            if (!nonLoyaltyBills.isEmpty()) {
                bills.merge(setup.defaultProgram().id(), nonLoyaltyBills, (a, b) -> {
                    List<Purchase> all = new ArrayList<>(a);
                    all.addAll(b);
                    return all;
                });
            }
            return new ReplayedHistory(customer, profileChanged, bills, entries, slabChanges, issued, snapshots);
        }
    }
}
