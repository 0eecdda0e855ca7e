package org.loyaltyhub.bootstrap.generate;

/** A generation that cannot go on, with a message that already says why; printed as it is. */
final class GenerationFailedException extends RuntimeException {
    GenerationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
