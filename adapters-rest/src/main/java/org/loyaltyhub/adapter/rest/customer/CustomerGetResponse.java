package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.loyaltyhub.adapter.rest.RequestStatus;

/** {@code {"response":{"status":{...},"customers":{"customer":[...]}}}} */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CustomerGetResponse(Document response) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Document(RequestStatus status, CustomerList customers) {
    }

    CustomerGetResponse(RequestStatus status, CustomerList customers) {
        this(new Document(status, customers));
    }

    int statusCode() {
        return response.status().code();
    }
}
