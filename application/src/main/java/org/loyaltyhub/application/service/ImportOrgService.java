package org.loyaltyhub.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.application.port.in.ApiUserImport;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.ImportOrgUseCase;
import org.loyaltyhub.application.port.in.ImportReport;
import org.loyaltyhub.application.port.in.OrgImport;
import org.loyaltyhub.application.port.out.ApiUsers;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.ReplayedHistory;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.access.ApiUser;
import org.loyaltyhub.domain.access.PasswordHash;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.org.Till;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * Replays seed history through the loyalty rules ({@link NewCustomerReplay}): each customer's events run in
 * time order against one loyalty account per program, which also renews, drops slabs and expires points as
 * time passes between events and up to now; only what the rules produced is stored, one customer at a time.
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
    private final PointsBalances balances;
    private final ClockPort clock;

    public ImportOrgService(UnitOfWork unitOfWork, Orgs orgs, ApiUsers apiUsers, Customers customers,
                            PointsLedgers ledgers, Purchases purchases, SlabHistories slabHistories, Coupons coupons,
                            PointsBalances balances, ClockPort clock) {
        this.unitOfWork = unitOfWork;
        this.orgs = orgs;
        this.apiUsers = apiUsers;
        this.customers = customers;
        this.ledgers = ledgers;
        this.purchases = purchases;
        this.slabHistories = slabHistories;
        this.coupons = coupons;
        this.balances = balances;
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
        NewCustomerReplay replay = new NewCustomerReplay(setup, clock.now());
        Counts counts = new Counts();
        for (CustomerImport customerImport : orgImport.customers()) {
            replay(customerImport, replay, setup, counts);
        }
        return new ImportReport(setup.org().name(), orgImport.customers().size(), counts.events, counts.ledgerEntries,
                counts.slabChanges);
    }

    private void replay(CustomerImport customerImport, NewCustomerReplay replay, OrgSetup setup, Counts counts) {
        Customer customer = customers.add(customerImport.registered());
        CustomerId id = customer.requireId();
        ReplayResult result = replay.replay(customerImport, customer);
        ReplayedHistory history = result.history();
        for (Map.Entry<ProgramId, List<Purchase>> bills : history.bills().entrySet()) {
            recordPayments(purchases.add(id, bills.getKey(), bills.getValue()), result.payments());
        }
        ledgers.append(id, history.ledgerEntries());
        slabHistories.append(id, history.slabChanges());
        history.snapshots().forEach((program, snapshot) -> balances.save(id, program, snapshot));
        for (Coupon coupon : history.coupons()) {
            coupons.add(setup.org().id(), coupon);
        }
        customers.update(customer);
        customers.addErasedIdentifiers(setup.org().id(), id, result.erasedIdentifiers());
        // A PII delete erases the optional profile parts too.
        if (!customer.isErased() && !customerImport.extras().isEmpty()) {
            customers.saveExtras(id, customerImport.extras());
        }
        counts.events += customerImport.history().size();
        counts.ledgerEntries += history.ledgerEntries().size();
        counts.slabChanges += history.slabChanges().size();
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

    private static ApiUser apiUserOf(ApiUserImport user, OrgSetup setup) {
        Till till = setup.till(user.tillCode()).orElseThrow(() -> new IllegalArgumentException(
                "API user " + user.username() + " names unknown till " + user.tillCode()));
        return new ApiUser(user.username(), setup.org().id(), till.code(), till.storeCode(),
                PasswordHash.of(md5Hex(user.password())), user.rights());
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

    private static final class Counts {
        int events;
        int ledgerEntries;
        int slabChanges;
    }
}
