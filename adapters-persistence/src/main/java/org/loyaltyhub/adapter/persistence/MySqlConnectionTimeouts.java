package org.loyaltyhub.adapter.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Gives every MySQL/MariaDB connection timeouts, so no request waits on the network for ever: MySQL
 * Connector/J's own defaults are to wait indefinitely for a connect and for every answer. Hikari's
 * {@code connection-timeout} bounds waiting for a pooled connection; these bound what happens on one:
 *
 * <ul>
 *   <li>{@code connectTimeout} ({@code loyaltyhub.db.connect-timeout}): opening a connection to a host that
 *       does not answer;</li>
 *   <li>{@code socketTimeout} ({@code loyaltyhub.db.socket-timeout}): waiting for any answer of the server, so
 *       it bounds every statement, also on a connection whose server vanished without closing it;</li>
 *   <li>{@code innodb_lock_wait_timeout} ({@code loyaltyhub.db.lock-wait-timeout}, a session variable): how long
 *       a write waits for another write's row lock, as H2's {@code LOCK_TIMEOUT}. InnoDB's default is 50 s,
 *       longer than the socket timeout, which would end a long lock wait as a torn connection instead of a
 *       lock timeout.</li>
 * </ul>
 *
 * A value the operator wrote into the JDBC URL or into {@code datasources.default.data-source-properties} wins.
 * Other URLs (the embedded H2) are left alone: H2 rejects properties it does not know.
 */
@Singleton
final class MySqlConnectionTimeouts implements BeanCreatedEventListener<DatasourceConfiguration> {
    static final String CONNECT_TIMEOUT = "connectTimeout";
    static final String SOCKET_TIMEOUT = "socketTimeout";
    static final String SESSION_VARIABLES = "sessionVariables";

    private final Duration connectTimeout;
    private final Duration socketTimeout;
    private final Duration lockWaitTimeout;

    MySqlConnectionTimeouts(@Value("${loyaltyhub.db.connect-timeout:1s}") Duration connectTimeout,
                            @Value("${loyaltyhub.db.socket-timeout:30s}") Duration socketTimeout,
                            @Value("${loyaltyhub.db.lock-wait-timeout:10s}") Duration lockWaitTimeout) {
        if (connectTimeout.isNegative() || socketTimeout.isNegative() || lockWaitTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("loyaltyhub.db timeouts must not be negative, and the lock wait "
                    + "timeout is at least 1s; 0 means no connect or socket timeout");
        }
        this.connectTimeout = connectTimeout;
        this.socketTimeout = socketTimeout;
        this.lockWaitTimeout = lockWaitTimeout;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        missingFrom(configuration.getUrl(), configuration.getDataSourceProperties())
                .forEach(configuration::addDataSourceProperty);
        return configuration;
    }

    /** The driver properties to add to a connection on {@code url} that already has {@code given}. */
    Map<String, String> missingFrom(String url, Properties given) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:mysql:")) {
            return missing;
        }
        Map<String, String> defaults = Map.of(
                CONNECT_TIMEOUT, String.valueOf(connectTimeout.toMillis()),
                SOCKET_TIMEOUT, String.valueOf(socketTimeout.toMillis()),
                SESSION_VARIABLES, "innodb_lock_wait_timeout=" + lockWaitTimeout.toSeconds());
        for (String name : new String[] {CONNECT_TIMEOUT, SOCKET_TIMEOUT, SESSION_VARIABLES}) {
            if (!inUrl(url, name) && !given.containsKey(name)) {
                missing.put(name, defaults.get(name));
            }
        }
        return missing;
    }

    private static boolean inUrl(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return false;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            if (pair.split("=", 2)[0].equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
