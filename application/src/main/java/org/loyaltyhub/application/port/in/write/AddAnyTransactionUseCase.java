package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.application.port.in.ApiCaller;

/**
 * {@link AddTransactionUseCase} for every transaction type Capillary knows: MIXED and NI_MIXED bills are also
 * taken, and recorded only (they earn nothing and take nothing back). Not on the REST API yet, whose
 * {@code transaction/add} refuses those two types: the org import (seed files) uses it.
 */
public interface AddAnyTransactionUseCase {
    TransactionRecorded addOfAnyType(ApiCaller caller, TransactionCommand command);
}
