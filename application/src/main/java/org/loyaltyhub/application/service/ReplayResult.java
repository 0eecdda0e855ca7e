package org.loyaltyhub.application.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.out.ReplayedHistory;
import org.loyaltyhub.domain.customer.ErasedIdentifier;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.purchase.PaymentDetails;

/**
 * All that replaying one customer's history produced. Apart from the {@link ReplayedHistory} both imports
 * store, it carries what only the org import stores, because the bulk store has no rows for it.
 *
 * @param payments           tenders and credit notes by the bill they were paid with
 * @param erasedIdentifiers  hashes of the identifiers a PII delete erased
 */
record ReplayResult(ReplayedHistory history, Map<BillRef, PaymentDetails> payments,
                    List<ErasedIdentifier> erasedIdentifiers) {
    ReplayResult {
        payments = Collections.unmodifiableMap(new LinkedHashMap<>(payments));
        erasedIdentifiers = List.copyOf(erasedIdentifiers);
    }
}
