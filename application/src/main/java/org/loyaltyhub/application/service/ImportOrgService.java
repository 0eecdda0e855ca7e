package org.loyaltyhub.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.application.port.in.ApiUserImport;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.HistoryEvent;
import org.loyaltyhub.application.port.in.ImportOrgUseCase;
import org.loyaltyhub.application.port.in.ImportReport;
import org.loyaltyhub.application.port.in.OrgImport;
import org.loyaltyhub.application.port.out.ApiUsers;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.access.ApiUser;
import org.loyaltyhub.domain.access.PasswordHash;
import org.loyaltyhub.domain.account.AccountChanges;
import org.loyaltyhub.domain.account.LoyaltyAccount;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.ErasedIdentifier;
import org.loyaltyhub.domain.org.Till;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.shared.DomainException;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * Replays seed history through the loyalty rules. Each customer's events run in time order against
 * one {@link LoyaltyAccount} per program, which also renews, drops slabs and expires points as time
 * passes between events and up to now; only what the rules produced is stored.
 */
public final class ImportOrgService implements ImportOrgUseCase {
    private final UnitOfWork unitOfWork;
    private final Orgs orgs;
    private final ApiUsers apiUsers;
    private final Customers customers;
    private final PointsLedgers ledgers;
    private final Purchases purchases;
    private final SlabHistories slabHistories;
    private final Coupons coupons;
    private final ClockPort clock;

    public ImportOrgService(UnitOfWork unitOfWork, Orgs orgs, ApiUsers apiUsers, Customers customers,
                            PointsLedgers ledgers, Purchases purchases, SlabHistories slabHistories, Coupons coupons,
                            ClockPort clock) {
        this.unitOfWork = unitOfWork;
        this.orgs = orgs;
        this.apiUsers = apiUsers;
        this.customers = customers;
        this.ledgers = ledgers;
        this.purchases = purchases;
        this.slabHistories = slabHistories;
        this.coupons = coupons;
        this.clock = clock;
    }

    @Override
    public ImportReport importOrg(OrgImport orgImport) {
        return unitOfWork.write(() -> store(orgImport));
    }

    @Override
    public Optional<ImportReport> importIntoEmptyDatabase(OrgImport orgImport) {
        return unitOfWork.write(() -> orgs.isEmpty() ? Optional.of(store(orgImport)) : Optional.empty());
    }

    private ImportReport store(OrgImport orgImport) {
        OrgSetup setup = orgImport.setup();
        orgs.add(setup);
        for (ApiUserImport user : orgImport.apiUsers()) {
            apiUsers.add(apiUserOf(user, setup));
        }
        Instant now = clock.now();
        Counts counts = new Counts();
        for (CustomerImport customerImport : orgImport.customers()) {
            replay(customerImport, setup, now, counts);
        }
        return new ImportReport(setup.org().name(), orgImport.customers().size(), counts.events, counts.ledgerEntries,
                counts.slabChanges);
    }

    private void replay(CustomerImport customerImport, OrgSetup setup, Instant now, Counts counts) {
        Customer customer = customers.add(customerImport.registered());
        CustomerId id = customer.requireId();
        Map<ProgramId, LoyaltyAccount> accounts = new LinkedHashMap<>();
        if (customer.isLoyaltyMember()) {
            for (Program program : setup.programs()) {
                accounts.put(program.id(), LoyaltyAccount.open(program, setup.org().timeZone()));
            }
        }
        List<Purchase> nonLoyaltyBills = new ArrayList<>();
        List<Coupon> issued = new ArrayList<>();
        List<ErasedIdentifier> erased = new ArrayList<>();
        Map<BillRef, PaymentDetails> payments = new LinkedHashMap<>();
        List<HistoryEvent> events = customerImport.history().stream()
                .sorted(Comparator.comparing(HistoryEvent::at))
                .toList();
        for (HistoryEvent event : events) {
            if (event.at().isAfter(now)) {
                throw new IllegalArgumentException("history of customer " + describe(customer)
                        + " lies in the future: " + event);
            }
            try {
                if (event instanceof HistoryEvent.Bill bill && !bill.payment().isEmpty()) {
                    payments.put(bill.purchase().bill(), bill.payment());
                }
                apply(event, customer, setup, accounts, nonLoyaltyBills, issued, erased);
            } catch (DomainException e) {
                throw new IllegalArgumentException("customer " + describe(customer) + ", event " + event + ": "
                        + e.getMessage(), e);
            }
            counts.events++;
        }
        for (LoyaltyAccount account : accounts.values()) {
            account.catchUpTo(now);
            AccountChanges changes = account.drainChanges();
            recordPayments(purchases.add(id, account.program().id(), changes.purchases()), payments);
            ledgers.append(id, changes.ledgerEntries());
            slabHistories.append(id, changes.slabChanges());
            counts.ledgerEntries += changes.ledgerEntries().size();
            counts.slabChanges += changes.slabChanges().size();
        }
        if (!nonLoyaltyBills.isEmpty()) {
            recordPayments(purchases.add(id, setup.defaultProgram().id(), nonLoyaltyBills), payments);
        }
        for (Coupon coupon : issued) {
            coupons.add(setup.org().id(), coupon);
        }
        customers.update(customer);
        customers.addErasedIdentifiers(setup.org().id(), id, erased);
        // A PII delete erases the optional profile parts too.
        if (!customer.isErased() && !customerImport.extras().isEmpty()) {
            customers.saveExtras(id, customerImport.extras());
        }
    }

    /** Tenders and credit notes go with the bills once those have their ids. */
    private void recordPayments(List<Purchase> stored, Map<BillRef, PaymentDetails> payments) {
        if (payments.isEmpty()) {
            return;
        }
        Map<Long, PaymentDetails> byId = new LinkedHashMap<>();
        for (Purchase purchase : stored) {
            PaymentDetails payment = payments.get(purchase.bill());
            if (payment != null) {
                byId.put(purchase.id(), payment);
            }
        }
        if (!byId.isEmpty()) {
            purchases.addPaymentDetails(byId);
        }
    }

    private void apply(HistoryEvent event, Customer customer, OrgSetup setup, Map<ProgramId, LoyaltyAccount> accounts,
                       List<Purchase> nonLoyaltyBills, List<Coupon> issued, List<ErasedIdentifier> erased) {
        if (event instanceof HistoryEvent.Bill bill) {
            requireStoreAndTill(setup, bill.purchase());
            if (customer.isLoyaltyMember()) {
                account(accounts, setup, bill.programId()).recordPurchase(bill.purchase());
            } else {
                nonLoyaltyBills.add(bill.purchase());
            }
        } else if (event instanceof HistoryEvent.PointsRedemption redemption) {
            customer.assertMaySpend();
            account(accounts, setup, redemption.programId())
                    .redeem(redemption.points(), redemption.at(), redemption.storeCode());
        } else if (event instanceof HistoryEvent.PointsAdjustment adjustment) {
            account(accounts, setup, adjustment.programId())
                    .adjust(adjustment.points(), adjustment.at(), adjustment.reason());
        } else if (event instanceof HistoryEvent.PromotionAward award) {
            account(accounts, setup, award.programId())
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
        } else if (event instanceof HistoryEvent.NoteAdded note) {
            customer.addNote(note.note());
        } else if (event instanceof HistoryEvent.PiiDelete delete) {
            erased.addAll(customer.erase(delete.at()));
        } else {
            throw new IllegalArgumentException("unknown history event " + event);
        }
    }

    private static LoyaltyAccount account(Map<ProgramId, LoyaltyAccount> accounts, OrgSetup setup, ProgramId programId) {
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

    private static void requireStoreAndTill(OrgSetup setup, Purchase bill) {
        if (setup.store(bill.bill().storeCode()).isEmpty()) {
            throw new IllegalArgumentException("unknown store " + bill.bill().storeCode());
        }
        if (bill.tillCode() != null && setup.till(bill.tillCode()).isEmpty()) {
            throw new IllegalArgumentException("unknown till " + bill.tillCode());
        }
    }

    private static ApiUser apiUserOf(ApiUserImport user, OrgSetup setup) {
        Till till = setup.till(user.tillCode()).orElseThrow(() -> new IllegalArgumentException(
                "API user " + user.username() + " names unknown till " + user.tillCode()));
        return new ApiUser(user.username(), setup.org().id(), till.code(), till.storeCode(),
                PasswordHash.of(md5Hex(user.password())));
    }

    /** Capillary clients send md5hex(password); that is the secret the stored hash protects. */
    static String md5Hex(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JDK", e);
        }
    }

    private static String describe(Customer customer) {
        return (customer.firstname() + " " + customer.lastname()).trim();
    }

    private static final class Counts {
        int events;
        int ledgerEntries;
        int slabChanges;
    }
}
