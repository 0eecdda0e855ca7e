package org.loyaltyhub.application.port.in;

import java.util.Objects;
import java.util.Optional;

/** The answer for one requested value; details only when found. */
public record CustomerLookupItem(String requestedValue, LookupOutcome outcome, Optional<CustomerDetails> details) {
    public CustomerLookupItem {
        Objects.requireNonNull(outcome, "outcome");
        details = details == null ? Optional.empty() : details;
        if ((outcome == LookupOutcome.FOUND) != details.isPresent()) {
            throw new IllegalArgumentException("details are present exactly when the customer was found");
        }
    }
}
