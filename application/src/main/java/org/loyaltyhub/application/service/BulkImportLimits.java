package org.loyaltyhub.application.service;

import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.HistoryEvent;
import org.loyaltyhub.domain.customer.Customer;

/**
 * What a bulk import refuses: the bulk store ({@code CustomerBatches}) has no rows for the optional profile
 * parts, tenders and credit notes, or erased identifiers, so these would be lost; the org import takes them.
 */
final class BulkImportLimits {
    private BulkImportLimits() {
    }

    static void refuseExtras(CustomerImport customerImport, Customer stored) {
        if (!customerImport.extras().isEmpty()) {
            throw new IllegalArgumentException("customer " + NewCustomerReplay.describe(stored)
                    + ": a bulk import does not take the optional profile parts; use the org import");
        }
    }

    /** The admission check of a bulk replay, see {@link NewCustomerReplay}. */
    static void refuseUnstorable(HistoryEvent event) {
        if (event instanceof HistoryEvent.Bill bill && !bill.payment().isEmpty()) {
            throw new IllegalArgumentException("a bulk import does not take tenders or credit notes; use the org import");
        }
        if (event instanceof HistoryEvent.PiiDelete) {
            throw new IllegalArgumentException("a bulk import does not take PII deletes; use the org import");
        }
    }
}
