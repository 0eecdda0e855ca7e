package org.loyaltyhub.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.HistoryEvent;
import org.loyaltyhub.application.port.out.ReplayedHistory;
import org.loyaltyhub.domain.account.AccountChanges;
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
 * {@link LoyaltyAccount} per program, then catches the accounts up to now; nothing is stored here. The
 * rules applied per event are those of {@link ImportOrgService} (same checks, same messages), for the
 * events a bulk import takes.
 */
final class NewCustomerReplay {
    private final OrgSetup setup;
    private final Instant now;

    NewCustomerReplay(OrgSetup setup, Instant now) {
        this.setup = setup;
        this.now = now;
    }

    /** The history of {@code customerImport}, replayed for {@code stored} (the same customer under its id). */
    ReplayedHistory replay(CustomerImport customerImport, Customer stored) {
        if (!customerImport.extras().isEmpty()) {
            throw new IllegalArgumentException("customer " + describe(stored)
                    + ": a bulk import does not take the optional profile parts; use the org import");
        }
        Map<ProgramId, LoyaltyAccount> accounts = new LinkedHashMap<>();
        if (stored.isLoyaltyMember()) {
            for (Program program : setup.programs()) {
                accounts.put(program.id(), LoyaltyAccount.open(program, setup.org().timeZone()));
            }
        }
        List<Purchase> nonLoyaltyBills = new ArrayList<>();
        List<Coupon> issued = new ArrayList<>();
        boolean profileChanged = false;
        List<HistoryEvent> events = customerImport.history().stream()
                .sorted(Comparator.comparing(HistoryEvent::at))
                .toList();
        for (HistoryEvent event : events) {
            if (event.at().isAfter(now)) {
                throw new IllegalArgumentException("history of customer " + describe(stored)
                        + " lies in the future: " + event);
            }
            try {
                profileChanged |= apply(event, stored, accounts, nonLoyaltyBills, issued);
            } catch (DomainException e) {
                throw new IllegalArgumentException("customer " + describe(stored) + ", event " + event + ": "
                        + e.getMessage(), e);
            }
        }
        Map<ProgramId, List<Purchase>> bills = new LinkedHashMap<>();
        List<LedgerEntry> entries = new ArrayList<>();
        List<SlabChange> slabChanges = new ArrayList<>();
        for (LoyaltyAccount account : accounts.values()) {
            account.catchUpTo(now);
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
        return new ReplayedHistory(stored, profileChanged, bills, entries, slabChanges, issued);
    }

    /** Applies one event; true when it changed the customer's profile. */
    private boolean apply(HistoryEvent event, Customer customer, Map<ProgramId, LoyaltyAccount> accounts,
                          List<Purchase> nonLoyaltyBills, List<Coupon> issued) {
        if (event instanceof HistoryEvent.Bill bill) {
            if (!bill.payment().isEmpty()) {
                throw new IllegalArgumentException("a bulk import does not take tenders or credit notes; use the org import");
            }
            requireStoreAndTill(bill.purchase());
            if (customer.isLoyaltyMember()) {
                account(accounts, bill.programId()).recordPurchase(bill.purchase());
            } else {
                nonLoyaltyBills.add(bill.purchase());
            }
        } else if (event instanceof HistoryEvent.PointsRedemption redemption) {
            customer.assertMaySpend();
            account(accounts, redemption.programId())
                    .redeem(redemption.points(), redemption.at(), redemption.storeCode());
        } else if (event instanceof HistoryEvent.PointsAdjustment adjustment) {
            account(accounts, adjustment.programId())
                    .adjust(adjustment.points(), adjustment.at(), adjustment.reason());
        } else if (event instanceof HistoryEvent.PromotionAward award) {
            account(accounts, award.programId())
                    .award(award.points(), award.at(), award.availableFrom(), award.storeCode(), award.reason());
        } else if (event instanceof HistoryEvent.CouponIssue issue) {
            CouponSeries series = setup.series(issue.seriesId()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown coupon series " + issue.seriesId().value()));
            if (issue.code() == null || issue.code().isBlank()) {
                throw new IllegalArgumentException("an imported coupon needs its code");
            }
            List<Coupon> ofSeries = issued.stream().filter(c -> c.seriesId().equals(series.id())).toList();
            issued.add(series.issue(issue.code(), customer.requireId(), issue.at(), issue.tillCode(),
                    setup.org().timeZone(), ofSeries));
        } else if (event instanceof HistoryEvent.CouponUse use) {
            Coupon coupon = issued.stream().filter(c -> c.code().equals(use.code())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("coupon " + use.code()
                            + " was not issued to this customer before its use"));
            customer.assertMaySpend();
            coupon.redeem(customer.requireId(), use.at(), setup.org().timeZone(), use.tillCode(), use.billNumber());
        } else if (event instanceof HistoryEvent.FraudMark mark) {
            customer.markFraud(mark.details());
            return true;
        } else if (event instanceof HistoryEvent.NoteAdded note) {
            customer.addNote(note.note());
            return true;
        } else if (event instanceof HistoryEvent.PiiDelete) {
            throw new IllegalArgumentException("a bulk import does not take PII deletes; use the org import");
        } else {
            throw new IllegalArgumentException("unknown history event " + event);
        }
        return false;
    }

    private LoyaltyAccount account(Map<ProgramId, LoyaltyAccount> accounts, ProgramId programId) {
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

    private static String describe(Customer customer) {
        return (customer.firstname() + " " + customer.lastname()).trim();
    }
}
