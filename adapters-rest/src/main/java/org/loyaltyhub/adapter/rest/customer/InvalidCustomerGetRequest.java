package org.loyaltyhub.adapter.rest.customer;

import org.loyaltyhub.adapter.rest.ItemStatus;

/** The query string cannot be answered at all; the whole request gets a 400. */
final class InvalidCustomerGetRequest extends RuntimeException {
    private final ItemCode itemCode;

    InvalidCustomerGetRequest(ItemCode itemCode, String message) {
        super(message, null, false, false);
        this.itemCode = itemCode;
    }

    /** The entry that explains the rejection in {@code customers.customer}. */
    ItemStatus itemStatus() {
        return itemCode.status(getMessage());
    }
}
