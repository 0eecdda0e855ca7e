package org.loyaltyhub.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.access.ApiUser;
import org.loyaltyhub.domain.access.PasswordHash;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.org.Till;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * Loads an org: its setup and API users are stored as they are (no use case writes those), then each
 * customer goes through the write use cases, registration first and then every history event in time order,
 * as if each had been sent by its till at its time ({@link ImportedCustomerWrites}, {@link ReplayClock}).
 * Once a customer's history is in, the daily job catches the customer up to the real now, so points that
 * lapsed and slabs that ended since are expired and dropped. The whole org is one unit of work: the use
 * cases' own units of work join it, so a refused event leaves nothing of the org stored.
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
    private final DailyJobsService dailyJobs;

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
        this.dailyJobs = new DailyJobsService(unitOfWork, orgs, customers, ledgers, purchases, slabHistories, balances,
                clock);
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
        // A clock of its own per import, so two imports at once cannot move each other's.
        ImportedCustomerWrites writes = new ImportedCustomerWrites(setup, new ReplayClock(clock.now()), unitOfWork,
                new OrgBeingImported(orgs, setup), customers, ledgers, purchases, slabHistories, coupons, balances);
        int events = 0;
        int ledgerEntries = 0;
        int slabChanges = 0;
        for (CustomerImport customerImport : orgImport.customers()) {
            CustomerId id = writes.send(customerImport);
            dailyJobs.catchUpMember(setup, id);
            events += customerImport.history().size();
            ledgerEntries += ledgers.entriesOf(List.of(id)).getOrDefault(id, List.of()).size();
            slabChanges += slabHistories.historyOf(List.of(id)).getOrDefault(id, List.of()).size();
        }
        return new ImportReport(setup.org().name(), orgImport.customers().size(), events, ledgerEntries, slabChanges);
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
}
