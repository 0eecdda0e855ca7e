package org.loyaltyhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.TransactionSystemException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.out.StorageUnavailableException;

/** Which failures mean "the database cannot be reached", as the framework hands them over. */
class StorageFailuresTest {

    @Test
    void noConnectionWithinTheTimeoutIsUnreachable() {
        SQLException refused = new SQLException("Communications link failure", "08S01");
        RuntimeException failure = new DataAccessException("Failed to obtain a connection",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 1001ms.", "08S01", refused));

        RuntimeException translated = StorageFailures.translate(failure);

        assertThat(translated).isInstanceOf(StorageUnavailableException.class)
                .hasMessage("the database cannot be reached").hasCause(failure);
    }

    @Test
    void anExhaustedPoolWithoutASqlStateIsUnreachableToo() {
        RuntimeException failure = new DataAccessException("Failed to obtain a connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));

        assertThat(StorageFailures.translate(failure)).isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void aConnectionLostDuringAStatementOrTheCommitIsUnreachable() {
        RuntimeException duringStatement = new DataAccessException("Error executing SQL query",
                new SQLException("Communications link failure", "08S01"));
        RuntimeException duringCommit = new TransactionSystemException("Could not commit JDBC transaction",
                new SQLException("Connection is closed", "08003"));

        assertThat(StorageFailures.translate(duringStatement)).isInstanceOf(StorageUnavailableException.class);
        assertThat(StorageFailures.translate(duringCommit)).isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void aConnectionThePoolClosedAfterItBrokeIsUnreachable() {
        // Seen under the fault test: ending the transaction touches the connection Hikari already closed, and
        // its exception (no SQLState) replaces the communications failure that made Hikari close it.
        RuntimeException failure = new io.micronaut.data.connection.exceptions.ConnectionException(
                "Could not set JDBC Connection [HikariProxyConnection@1 wrapping ClosedConnection] read-only: "
                        + "Connection is closed", new SQLException("Connection is closed"));

        assertThat(StorageFailures.translate(failure)).isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void otherDatabaseFailuresStayWhatTheyAre() {
        RuntimeException duplicate = new DataAccessException("Error executing SQL UPDATE",
                new SQLIntegrityConstraintViolationException("Duplicate entry 'B-1' for key", "23000", 1062));
        RuntimeException lockWait = new DataAccessException("Error executing SQL query",
                new SQLTransactionRollbackException("Lock wait timeout exceeded", "40001", 1205));
        RuntimeException badSql = new DataAccessException("Error executing SQL query",
                new SQLException("Unknown column 'x'", "42S22"));
        RuntimeException noSql = new IllegalStateException("no org 7");

        for (RuntimeException failure : new RuntimeException[] {duplicate, lockWait, badSql, noSql}) {
            assertThat(StorageFailures.translate(failure)).as(failure.getCause() + "").isSameAs(failure);
        }
    }

    @Test
    void anAlreadyTranslatedFailureIsNotWrappedAgain() {
        StorageUnavailableException once = new StorageUnavailableException("the database cannot be reached",
                new SQLException("Communications link failure", "08S01"));

        assertThat(StorageFailures.translate(once)).isSameAs(once);
    }
}
