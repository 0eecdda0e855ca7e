package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.application.port.in.ApiCaller;

/**
 * {@code transaction/add}: records a bill through the ledger rules (earn at the customer's slab, then
 * upgrade; a RETURN takes back its share). A number already recorded at that store with that type is refused
 * with {@link WriteRefusal#DUPLICATE_TRANSACTION} and changes nothing, so a retried request never earns twice.
 */
public interface AddTransactionUseCase {
    TransactionRecorded add(ApiCaller caller, TransactionCommand command);
}
