package org.loyaltyhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.StorageUnavailableException;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.org.OrgId;

/**
 * A MySQL database nobody answers for (a closed local port): reads, writes and the org read outside a unit
 * of work all fail as {@link StorageUnavailableException}, the driver's exception kept as its cause, after the
 * 1 s connection timeout and under 2 s: never as a raw framework exception, never after a long wait.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnreachableStorageTest {
    private static final Duration BOUND = Duration.ofSeconds(2);

    private ApplicationContext context;

    @BeforeAll
    void startWithoutDatabase() throws IOException {
        context = ApplicationContext.run(Map.of(
                "datasources.default.url", "jdbc:mysql://127.0.0.1:" + closedPort() + "/nowhere",
                "datasources.default.username", "app",
                "datasources.default.password", "",
                "datasources.default.connection-timeout", 1000,
                // Start the pool without a database: the point is what happens after start-up.
                "datasources.default.initialization-fail-timeout", -1,
                "flyway.datasources.default.enabled", false));
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void aReadIsStorageUnavailable() {
        UnitOfWork unitOfWork = context.getBean(UnitOfWork.class);
        Orgs orgs = context.getBean(Orgs.class);

        assertUnavailableWithinBound(() -> unitOfWork.read(orgs::isEmpty));
    }

    @Test
    void aWriteIsStorageUnavailable() {
        UnitOfWork unitOfWork = context.getBean(UnitOfWork.class);
        Orgs orgs = context.getBean(Orgs.class);

        assertUnavailableWithinBound(() -> unitOfWork.write(() -> orgs.find(new OrgId(1))));
    }

    @Test
    void theOrgReadOutsideAUnitOfWorkIsStorageUnavailable() {
        Orgs orgs = context.getBean(Orgs.class);

        assertUnavailableWithinBound(() -> orgs.find(new OrgId(1)));
    }

    @Test
    void theMySqlConnectionGetsItsTimeouts() {
        DatasourceConfiguration configuration =
                context.getBean(DatasourceConfiguration.class, Qualifiers.byName("default"));

        assertThat(configuration.getDataSourceProperties())
                .containsEntry("connectTimeout", "1000")
                .containsEntry("socketTimeout", "30000")
                .containsEntry("sessionVariables", "innodb_lock_wait_timeout=10");
    }

    private static void assertUnavailableWithinBound(Runnable call) {
        // The first call of a path also pays for class loading and first-use set-up (seconds on a busy
        // machine); the bound is about the waiting, so it is measured on the second.
        assertThat(catchThrowable(call::run)).isInstanceOf(StorageUnavailableException.class);
        long start = System.nanoTime();
        Throwable failure = catchThrowable(call::run);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure).isInstanceOf(StorageUnavailableException.class);
        Throwable driverFailure = sqlCauseOf(failure);
        assertThat(driverFailure).as("the JDBC exception is kept as the cause").isNotNull();
        assertThat(took).as("time to fail").isLessThan(BOUND);
    }

    private static SQLException sqlCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** A local port nothing listens on: connections to it are refused at once. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
