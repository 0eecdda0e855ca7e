package org.loyaltyhub.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltyhub.bootstrap.Application;
import org.loyaltyhub.bootstrap.system.DemoServer;

/**
 * SIGTERM to a real server process (the main class, its application.yml and logback.xml) while a write is in
 * flight: the write is held on Rita's row lock by this test's own transaction, the signal is sent, new
 * connections must then be refused while the write still waits, and once the test lets go of the lock the
 * write must complete with 200 before the process exits. The database is an H2 server run by this test, as a
 * MySQL server would be: the test needs a connection of its own to it, and H2's auto-server mode (the
 * embedded database opened by two processes) refuses the DB_CLOSE_ON_EXIT=FALSE of the default URL.
 */
class GracefulShutdownSystemTest {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void sigtermFinishesTheRequestInFlightAndRefusesNewConnections() throws Exception {
        int port = freePort();
        Server database = Server.createTcpServer("-tcpPort", String.valueOf(freePort()), "-baseDir",
                dataDir.toAbsolutePath().toString(), "-ifNotExists").start();
        String url = "jdbc:h2:tcp://127.0.0.1:" + database.getPort()
                + "/loyaltyhub;MODE=MySQL;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=30000";
        Path output = dataDir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Application.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.put("LOYALTYHUB_PORT", String.valueOf(port));
        env.put("DATASOURCES_DEFAULT_URL", url);
        env.put("LOYALTYHUB_CLOCK_FIXED", DemoServer.NOW);
        env.put("LOYALTYHUB_JOBS_DAILY_ENABLED", "false");
        // The build quiets the request log for the tests; the real process keeps logback.xml's default.
        env.remove("LOYALTYHUB_REQUEST_LOG");
        Process server = builder.start();
        try {
            OpsHttp http = new OpsHttp("http://127.0.0.1:" + port);
            awaitUp(http, server, output);

            CompletableFuture<HttpResponse<String>> inFlight;
            try (Connection lock = DriverManager.getConnection(url, "sa", "")) {
                lock.setAutoCommit(false);
                lockCustomer(lock, OpsHttp.RITA_MOBILE);
                inFlight = http.client().sendAsync(http.postRequest("/v1.1/transaction/add",
                        OpsHttp.billForRita("SHUTDOWN-1")), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                awaitWaitingForLock(lock);

                server.destroy(); // SIGTERM

                awaitRefused(port, output);
                assertThat(inFlight).as("the write still waits for the lock").isNotDone();
                lock.commit();
            }

            HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode item = JSON.readTree(answer.body()).path("response").path("transactions").path("transaction").get(0);
            assertThat(item.path("item_status").path("code").asText()).isEqualTo("600");
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the process exits after the request").isTrue();
            String log = Files.readString(output);
            assertThat(log).as(log).contains("path=/v1.1/transaction/add status=200")
                    .doesNotContain("Timeout hit in graceful shutdown")
                    .doesNotContain(OpsHttp.RITA_MOBILE);
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
            database.stop();
        }
    }

    private static void lockCustomer(Connection connection, String mobile) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM customer WHERE mobile = ? FOR UPDATE")) {
            select.setString(1, mobile);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("customer %s in the demo seed", mobile).isTrue();
            }
        }
    }

    /** Until another session (the server's write) is blocked by this one. */
    private static void awaitWaitingForLock(Connection connection) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Statement statement = connection.createStatement();
                 ResultSet blocked = statement.executeQuery(
                         "SELECT COUNT(*) FROM information_schema.sessions WHERE blocker_id IS NOT NULL")) {
                blocked.next();
                if (blocked.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the write never reached the customer lock");
    }

    private static void awaitUp(OpsHttp http, Process server, Path output) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the server exited with " + server.exitValue() + ":\n" + Files.readString(output));
            }
            try {
                if (http.get("/prometheus", Map.of()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start within " + START_TIMEOUT + ":\n" + Files.readString(output));
    }

    /** Until a new TCP connection is refused. */
    private static void awaitRefused(int port, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            } catch (ConnectException refused) {
                return;
            } catch (SocketException resetWhileTheListenerCloses) {
                // neither accepted nor refused yet: ask again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("new connections were still accepted 10 s after SIGTERM:\n" + Files.readString(output));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
