package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.application.port.in.ApiCaller;

/**
 * {@code customer/add}: registers a customer at the caller's till and store. As in Capillary, an add whose
 * identifiers already belong to one customer updates that customer instead ({@code created} false); when
 * they belong to two different customers it is refused with {@link WriteRefusal#IDENTIFIER_CONFLICT}.
 */
public interface RegisterCustomerUseCase {
    CustomerWritten register(ApiCaller caller, CustomerProfile profile);
}
