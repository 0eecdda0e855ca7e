package org.loyaltyhub.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.loyaltyhub.application.port.in.BulkImportReport;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.ImportCustomersInBulkUseCase;
import org.loyaltyhub.application.port.out.CustomerBatches;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.ReplayedHistory;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * Stores a batch of new customers in one unit of work: first their profiles (storage gives the ids that
 * coupons need), then each history replayed through the loyalty rules, all rows of the batch together.
 */
public final class ImportCustomersInBulkService implements ImportCustomersInBulkUseCase {
    private final UnitOfWork unitOfWork;
    private final Orgs orgs;
    private final CustomerBatches batches;
    private final ClockPort clock;

    public ImportCustomersInBulkService(UnitOfWork unitOfWork, Orgs orgs, CustomerBatches batches, ClockPort clock) {
        this.unitOfWork = unitOfWork;
        this.orgs = orgs;
        this.batches = batches;
        this.clock = clock;
    }

    @Override
    public BulkImportReport importCustomers(OrgId orgId, List<CustomerImport> customers) {
        if (customers.isEmpty()) {
            return BulkImportReport.NONE;
        }
        for (CustomerImport customer : customers) {
            if (!customer.registered().orgId().equals(orgId)) {
                throw new IllegalArgumentException("customer " + customer.registered().firstname() + " "
                        + customer.registered().lastname() + " belongs to org " + customer.registered().orgId().value()
                        + ", not " + orgId.value());
            }
        }
        return unitOfWork.write(() -> store(orgId, customers));
    }

    private BulkImportReport store(OrgId orgId, List<CustomerImport> customers) {
        OrgSetup setup = orgs.find(orgId).orElseThrow(() -> new IllegalArgumentException("no org " + orgId.value()));
        NewCustomerReplay replay = new NewCustomerReplay(setup, clock.now(), BulkImportLimits::refuseUnstorable);
        List<Customer> stored = batches.addAll(customers.stream().map(CustomerImport::registered).toList());
        List<ReplayedHistory> histories = new ArrayList<>(customers.size());
        long events = 0;
        for (int i = 0; i < customers.size(); i++) {
            BulkImportLimits.refuseExtras(customers.get(i), stored.get(i));
            histories.add(replay.replay(customers.get(i), stored.get(i)));
            events += customers.get(i).history().size();
        }
        batches.storeAll(histories);
        return report(histories, events);
    }

    private static BulkImportReport report(List<ReplayedHistory> histories, long events) {
        long bills = 0;
        long entries = 0;
        long slabChanges = 0;
        long coupons = 0;
        long redemptions = 0;
        for (ReplayedHistory history : histories) {
            bills += history.billCount();
            entries += history.ledgerEntries().size();
            slabChanges += history.slabChanges().size();
            coupons += history.coupons().size();
            redemptions += history.coupons().stream().mapToInt(c -> c.redemptions().size()).sum();
        }
        return new BulkImportReport(histories.size(), events, bills, entries, slabChanges, coupons, redemptions);
    }
}
