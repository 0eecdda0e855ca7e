package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.application.port.in.ApiCaller;

/**
 * {@code customer/update}: changes the profile of the customer {@code ref} names (names, e-mail, mobile,
 * external id, fields, subscriptions, fraud status, NON_LOYALTY to LOYALTY; LOYALTY never goes back).
 */
public interface UpdateCustomerUseCase {
    CustomerWritten update(ApiCaller caller, CustomerRef ref, CustomerProfile changes);
}
