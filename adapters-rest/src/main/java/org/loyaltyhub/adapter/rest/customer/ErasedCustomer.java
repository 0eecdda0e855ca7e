package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.loyaltyhub.adapter.rest.ItemStatus;
import org.loyaltyhub.adapter.rest.write.WriteEntry;

/** A customer whose personal data a pii_delete erased: only the customer id is left to show. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ErasedCustomer(@JsonProperty("user_id") String userId,
                      @JsonProperty("item_status") ItemStatus itemStatus) implements WriteEntry {
}
