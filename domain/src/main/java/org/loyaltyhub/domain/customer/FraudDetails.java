package org.loyaltyhub.domain.customer;

import java.time.Instant;
import java.util.Objects;

public record FraudDetails(FraudStatus status, String markedBy, Instant modifiedOn, String reason) {
    public static final FraudDetails NONE = new FraudDetails(FraudStatus.NONE, null, null, null);

    public FraudDetails {
        Objects.requireNonNull(status, "fraud status");
        if (status != FraudStatus.NONE && modifiedOn == null) {
            throw new IllegalArgumentException("a fraud mark needs the time it was set");
        }
    }
}
