package org.loyaltyhub.application.port.in.write;

import java.util.Objects;

/** A write use case refused the request; nothing was stored. */
public class WriteRefusedException extends RuntimeException {
    private final WriteRefusal refusal;

    public WriteRefusedException(WriteRefusal refusal, String message) {
        super(message);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public WriteRefusal refusal() {
        return refusal;
    }
}
