package org.loyaltyhub.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.opentest4j.TestAbortedException;

/**
 * The MySQL-compatible server the MySQL suites run on: {@code LOYALTYHUB_TEST_MYSQL_URL} (default
 * {@code jdbc:mysql://127.0.0.1:3306/}), {@code LOYALTYHUB_TEST_MYSQL_USER} (root) and
 * {@code LOYALTYHUB_TEST_MYSQL_PASSWORD} (empty). Each run creates a database of its own and drops it
 * when the JVM exits, so runs never see each other's data and leave nothing behind.
 *
 * <p>Without a reachable server the suites are skipped with a plain message, unless
 * {@code LOYALTYHUB_REQUIRE_MYSQL=true} (CI sets it): then a missing server fails the run, so a skipped
 * MySQL suite can never pass for a green one.
 */
public final class MySqlTestServer {
    public static final String HOW_TO_RUN = "start a MySQL or MariaDB server on 127.0.0.1:3306 (user root, empty "
            + "password) or point LOYALTYHUB_TEST_MYSQL_URL/_USER/_PASSWORD at one, then run `mvn -B verify` again";

    private final String serverUrl;
    private final String user;
    private final String password;

    private MySqlTestServer(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
    }

    public static MySqlTestServer fromEnvironment() {
        return new MySqlTestServer(setting("LOYALTYHUB_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/"),
                setting("LOYALTYHUB_TEST_MYSQL_USER", "root"), setting("LOYALTYHUB_TEST_MYSQL_PASSWORD", ""));
    }

    /** This server, reachable; otherwise the calling suite is skipped (or fails when MySQL is required). */
    public static MySqlTestServer requireOrSkip(String suite) {
        MySqlTestServer server = fromEnvironment();
        String problem = server.problem();
        if (problem == null) {
            return server;
        }
        String message = suite + " on MySQL: no server at " + server.serverUrl + " (" + problem + ")";
        if (Boolean.parseBoolean(setting("LOYALTYHUB_REQUIRE_MYSQL", "false"))) {
            throw new IllegalStateException(message + "; LOYALTYHUB_REQUIRE_MYSQL=true, so this fails. To fix: "
                    + HOW_TO_RUN);
        }
        System.out.println();
        System.out.println("*** SKIPPED: " + message + ".");
        System.out.println("*** To run it: " + HOW_TO_RUN + ".");
        System.out.println();
        throw new TestAbortedException(message);
    }

    /** Creates a fresh database (dropped when the JVM exits) and returns its JDBC URL. */
    public String createDatabase() {
        String name = "lh_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name)));
        // Batched inserts travel as one statement only when the driver is told to rewrite them.
        return serverUrl + name + "?rewriteBatchedStatements=true";
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private String problem() {
        try (Connection ignored = connect()) {
            return null;
        } catch (SQLException e) {
            return e.getMessage().lines().findFirst().orElse(e.toString());
        }
    }

    private void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MySQL test server " + serverUrl + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "3000");
        return DriverManager.getConnection(serverUrl, properties);
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null) {
            value = System.getProperty(name);
        }
        return value == null ? fallback : value;
    }
}
