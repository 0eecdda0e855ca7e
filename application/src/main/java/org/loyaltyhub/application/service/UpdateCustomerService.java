package org.loyaltyhub.application.service;

import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.CustomerWritten;
import org.loyaltyhub.application.port.in.write.UpdateCustomerUseCase;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * {@code customer/update}: changes the profile of the customer the reference names, under its lock. A
 * non-member may join; a member never leaves.
 */
public final class UpdateCustomerService implements UpdateCustomerUseCase {
    private final CustomerWrites writes;
    private final CustomerProfiles profiles;

    public UpdateCustomerService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                                 Purchases purchases, SlabHistories slabHistories, PointsBalances balances,
                                 ClockPort clock) {
        this.writes = new CustomerWrites(unitOfWork, orgs, customers, clock);
        this.profiles = new CustomerProfiles(writes, new AccountStorage(ledgers, purchases, slabHistories, balances),
                customers);
    }

    @Override
    public CustomerWritten update(ApiCaller caller, CustomerRef ref, CustomerProfile changes) {
        CustomerProfiles.identifiersOf(changes); // malformed identifiers are refused before any lock is taken
        return writes.write(() -> {
            OrgSetup setup = writes.setupOf(caller.orgId());
            Customer customer = writes.lock(setup.org().id(), ref);
            return profiles.update(caller, setup, customer, changes, false);
        });
    }
}
