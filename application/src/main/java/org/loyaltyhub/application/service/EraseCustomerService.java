package org.loyaltyhub.application.service;

import java.util.List;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.EraseCustomerUseCase;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.ErasedIdentifier;
import org.loyaltyhub.domain.customer.ProfileExtras;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * A PII delete: erases the customer's personal data, identifiers and optional profile parts; only hashes
 * of the identifiers are kept, so a later lookup answers "deleted". Bills, ledger and coupons stay under the
 * bare customer id, so the org's point liability stays right.
 */
public final class EraseCustomerService implements EraseCustomerUseCase {
    private final CustomerWrites writes;
    private final Customers customers;

    public EraseCustomerService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, ClockPort clock) {
        this.writes = new CustomerWrites(unitOfWork, orgs, customers, clock);
        this.customers = customers;
    }

    @Override
    public CustomerId erase(ApiCaller caller, CustomerRef ref) {
        return writes.write(() -> {
            Customer customer = writes.lock(caller.orgId(), ref);
            List<ErasedIdentifier> erased = customer.erase(writes.now());
            customers.update(customer);
            customers.addErasedIdentifiers(caller.orgId(), customer.requireId(), erased);
            customers.saveExtras(customer.requireId(), ProfileExtras.NONE);
            return customer.requireId();
        });
    }
}
