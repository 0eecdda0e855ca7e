package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code "transactions":{"transaction":[...]}}, newest first as the use case gives them. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record TransactionList(List<TransactionRow> transaction) {
    TransactionList {
        transaction = List.copyOf(transaction);
    }
}
