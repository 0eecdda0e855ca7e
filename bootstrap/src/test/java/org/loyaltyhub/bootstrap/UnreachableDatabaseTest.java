package org.loyaltyhub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.persistence.MySqlTestServer;

/** A database that cannot be used stops start-up quickly, with one line naming the URL and the cause. */
class UnreachableDatabaseTest {

    private static String startAndExplain(String url, String user, String password) {
        Throwable failure = assertThrows(Throwable.class, () -> ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", url,
                "datasources.default.username", user,
                "datasources.default.password", password,
                "micronaut.server.port", -1)).close());
        return StartupFailure.explain(failure, url, user).orElseThrow(() -> new AssertionError(
                "not explained in one line", failure));
    }

    @Test
    void nothingListeningStopsStartUpWithinSecondsNamingUrlAndCause() {
        Instant start = Instant.now();
        String line = startAndExplain("jdbc:mysql://127.0.0.1:1/loyaltyhub?password=hidden", "app", "");

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
        assertThat(line).startsWith("LoyaltyHub cannot start: database jdbc:mysql://127.0.0.1:1/loyaltyhub?password=****")
                .contains("(user app)")
                .contains("Connection refused")
                .doesNotContain("hidden");
    }

    @Test
    void wrongCredentialsNameTheRefusal() {
        MySqlTestServer mysql = MySqlTestServer.requireOrSkip("the wrong-credentials start-up test");
        String url = mysql.createDatabase();

        String line = startAndExplain(url, "no_such_user", "wrong");

        assertThat(line).contains(url).contains("(user no_such_user)").contains("Access denied");
    }
}
