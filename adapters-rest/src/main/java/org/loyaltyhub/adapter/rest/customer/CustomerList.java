package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code "customers":{"customer":[...]}}: always an array, even for one customer. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CustomerList(List<CustomerEntry> customer) {
    CustomerList {
        customer = List.copyOf(customer);
    }
}
