package org.loyaltyhub.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code response.status}, the request-level verdict every answer starts with. Capillary clients read
 * {@code code} as a number but {@code total} and {@code success_count} as strings, so the types differ
 * on purpose.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RequestStatus(String success, int code, String message, String total,
                            @JsonProperty("success_count") String successCount) {

    /** A request that failed as a whole, before or without looking anything up. */
    public static RequestStatus failure(int code, String message) {
        return new RequestStatus("false", code, message, "0", "0");
    }
}
