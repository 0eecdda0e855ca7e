package org.loyaltyhub.application.port.out;

import org.loyaltyhub.domain.purchase.LineItem;
import org.loyaltyhub.domain.org.OrgId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;

/** Bills recorded for customers. */
public interface Purchases {
    /** Stores bills in order; returns them under the ids storage gave them. */
    List<Purchase> add(CustomerId customerId, ProgramId programId, List<Purchase> purchases);

    /**
     * Each customer's most recent bills of the given types, newest first (bills of the same time: the
     * later stored first), at most {@code limit} each.
     */
    default Map<CustomerId, List<Purchase>> recentOf(Collection<CustomerId> customerIds, Set<TransactionType> types,
                                                     int limit) {
        return recentOf(customerIds, PurchaseFilter.ofTypes(types), limit);
    }

    /**
     * Each customer's REGULAR amounts minus RETURN amounts per program the bills counted for (never below
     * zero); customers and programs without such bills are absent.
     */
    Map<CustomerId, Map<ProgramId, Money>> netTotalsOf(Collection<CustomerId> customerIds);

    /**
     * Each customer's most recent bills that pass the filter, newest first (bills of the same time: the
     * later stored first), at most {@code limit} each; one query whatever the number of customers.
     */
    Map<CustomerId, List<Purchase>> recentOf(Collection<CustomerId> customerIds, PurchaseFilter filter, int limit);

    /** Every bill of each customer per program, oldest first; customers without bills are absent. */
    Map<CustomerId, Map<ProgramId, List<Purchase>>> historyOf(Collection<CustomerId> customerIds);

    /** Records how stored bills were settled (tenders, credit notes), by bill id. */
    void addPaymentDetails(Map<Long, PaymentDetails> byPurchaseId);

    /** How the bills were settled, by bill id; bills without details are absent. One query per kind of detail. */
    Map<Long, PaymentDetails> paymentDetailsOf(Collection<Long> purchaseIds);

    /**
     * True when the org already has a bill with this number at this store of this type, a customer's or an
     * anonymous one. One indexed query.
     */
    boolean isRecorded(OrgId orgId, String storeCode, String billNumber, TransactionType type);

    /** Stores the line items of stored bills, by bill id, in the order given. */
    void addLineItems(Map<Long, List<LineItem>> byPurchaseId);

    /** The line items of stored bills, by bill id in their order; bills without lines are absent. One query. */
    Map<Long, List<LineItem>> lineItemsOf(Collection<Long> purchaseIds);

    /**
     * Stores a NOT_INTERESTED bill made without a customer (the shopper did not want to be identified);
     * returns it under its new id. Such bills count for {@link #isRecorded} but belong to no customer.
     */
    Purchase addAnonymous(OrgId orgId, ProgramId programId, Purchase bill);
}
