package org.loyaltyhub.application.port.out;

/**
 * Storage cannot be reached right now (the database is down, the network to it is cut, or no connection
 * came free in time). Any out-port call may throw it. Nothing of the unit of work it interrupted was
 * stored, unless the failure struck while the commit itself was on its way: then the caller cannot know,
 * and a retry must be one the rules recognise (a bill number already stored is refused as a duplicate).
 * It is worth retrying later; callers answer "unavailable", not "failed".
 */
public class StorageUnavailableException extends RuntimeException {
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
