package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.domain.customer.CustomerId;

/**
 * A PII delete: erases the customer's personal data and identifiers (only hashes of the identifiers stay, so
 * a lookup answers "deleted"), keeps bills, ledger and coupons under the bare customer id.
 */
public interface EraseCustomerUseCase {
    CustomerId erase(ApiCaller caller, CustomerRef customer);
}
