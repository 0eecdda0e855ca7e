package org.loyaltyhub.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code {"response":{"status":{...}}}}: the whole answer when a request fails before reaching a resource. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatusEnvelope(Body response) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Body(RequestStatus status) {
    }

    public static StatusEnvelope failure(int code, String message) {
        return new StatusEnvelope(new Body(RequestStatus.failure(code, message)));
    }
}
