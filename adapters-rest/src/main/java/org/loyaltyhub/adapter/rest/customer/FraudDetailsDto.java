package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code fraud_details}: status, who marked it, when (org time) and why. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record FraudDetailsDto(String status,
                       @JsonProperty("marked_by") String markedBy,
                       @JsonProperty("modified_on") String modifiedOn,
                       String reason) {
}
