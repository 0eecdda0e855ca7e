package org.loyaltyhub.adapter.rest.customer;

import org.loyaltyhub.adapter.rest.ItemStatus;

/** One element of {@code customers.customer}: a customer found, or the reason one was not. */
sealed interface CustomerEntry permits FoundCustomer, FailedCustomer {
    ItemStatus itemStatus();
}
