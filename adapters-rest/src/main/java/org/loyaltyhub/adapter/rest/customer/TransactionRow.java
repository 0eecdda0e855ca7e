package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A bill in the embedded list. {@code store} is the till code (Capillary's naming); amounts and points
 * are strings here, unlike the customer's top-level figures.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record TransactionRow(String id,
                      String number,
                      String type,
                      @JsonProperty("created_date") String createdDate,
                      String store,
                      String amount,
                      @JsonProperty("store_code") String storeCode,
                      String points) {
}
