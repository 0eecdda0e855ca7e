package org.loyaltyhub.bootstrap.seed;

/** A seed file that cannot be read or breaks a rule; the message names the file and the place. */
public class SeedFileException extends RuntimeException {
    public SeedFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
