package org.loyaltyhub.application.port.in;

/** Capillary's {@code customer/get}: who is this customer and where do they stand. */
public interface GetCustomerDetailsUseCase {
    CustomerLookupResult getCustomerDetails(CustomerLookupQuery query);
}
