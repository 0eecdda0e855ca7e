package org.loyaltyhub.adapter.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.loyaltyhub.application.port.out.StorageUnavailableException;

/**
 * The one place that tells "the database cannot be reached" from every other failure, so the application
 * sees a {@link StorageUnavailableException} however deep the framework wrapped the driver's exception.
 *
 * <p>A failure counts as unreachable when its cause chain holds a JDBC exception about the connection
 * itself: SQLState class {@code 08} (connection exception: MySQL's communications link failure
 * {@code 08S01}, a closed connection {@code 08003}, a refused connect {@code 08001}), or the JDK's
 * connection exception types, which Hikari uses for "no connection came free within connection-timeout"
 * ({@link SQLTransientConnectionException}, possibly without a SQLState when the pool was merely
 * exhausted). Also Hikari's "Connection is closed" without a SQLState: Hikari swaps a connection for a closed
 * stand-in once the driver reported it broken (class 08 among others), and when the framework then touches it
 * while ending the transaction (restoring auto-commit), that exception replaces the driver's original one.
 * Constraint violations, lock wait timeouts, deadlocks and bad SQL are not: they stay what they are and end
 * as the usual failure.
 */
public final class StorageFailures {
    static final String MESSAGE = "the database cannot be reached";
    /** What Hikari's stand-in for a connection it closed says, with no SQLState. */
    private static final String CLOSED_BY_POOL = "Connection is closed";
    /** Cause chains are short; the bound only guards against a cycle. */
    private static final int MAX_DEPTH = 32;

    private StorageFailures() {
    }

    /** The failure as {@link StorageUnavailableException} when it means the database is out of reach, else itself. */
    public static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof StorageUnavailableException || !isUnreachable(failure)) {
            return failure;
        }
        return new StorageUnavailableException(MESSAGE, failure);
    }

    static boolean isUnreachable(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
            if (t instanceof SQLException sql && isConnectionFailure(sql)) {
                return true;
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return false;
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return (state != null && state.startsWith("08"))
                || (state == null && CLOSED_BY_POOL.equals(e.getMessage()))
                || e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException;
    }
}
