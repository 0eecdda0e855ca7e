package org.loyaltyhub.adapter.rest.customer;

import org.loyaltyhub.adapter.rest.ItemStatus;
import org.loyaltyhub.adapter.rest.StatusMessages;
import org.loyaltyhub.application.port.in.LookupOutcome;

/** Capillary's per-customer codes (spec section 2.2) for what became of each requested value. */
enum ItemCode {
    FOUND("1000", "Customer successfully retrieved"),
    NOT_FOUND("1012", "Cannot find customer with the provided mobile number/external ID/e-mail ID."),
    INVALID("1042", "Invalid mobile no/email id/external id"),
    INVALID_INPUT("400", StatusMessages.INVALID_INPUT),
    NO_IDENTIFIER("1015", "No identifier provided to get loyalty users"),
    BATCH_LIMIT_EXCEEDED("1060", "Batch limit exceeded"),
    DELETED("8109", "Customer is deleted after PII delete request");

    private final String code;
    private final String message;

    ItemCode(String code, String message) {
        this.code = code;
        this.message = message;
    }

    static ItemCode of(LookupOutcome outcome) {
        return switch (outcome) {
            case FOUND -> FOUND;
            case NOT_FOUND -> NOT_FOUND;
            case INVALID -> INVALID;
            case EMPTY -> INVALID_INPUT;
            case DELETED -> DELETED;
        };
    }

    String code() {
        return code;
    }

    ItemStatus status() {
        return ItemStatus.of(this == FOUND, code, message);
    }

    /** The same code with a message that says more precisely what was wrong. */
    ItemStatus status(String specificMessage) {
        return ItemStatus.of(this == FOUND, code, specificMessage);
    }
}
