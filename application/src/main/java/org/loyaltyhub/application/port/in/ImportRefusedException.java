package org.loyaltyhub.application.port.in;

/**
 * An org import refused its data: nothing of the org was stored. The message names the customer and the
 * history entry, and says why (for a refused write, the refusal a till would have got).
 */
public class ImportRefusedException extends IllegalArgumentException {
    public ImportRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
