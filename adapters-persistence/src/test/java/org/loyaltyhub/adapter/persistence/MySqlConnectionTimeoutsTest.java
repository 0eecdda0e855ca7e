package org.loyaltyhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The driver timeouts a MySQL connection gets unless the operator chose its own. */
class MySqlConnectionTimeoutsTest {
    private final MySqlConnectionTimeouts timeouts =
            new MySqlConnectionTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(10));

    @Test
    void aMySqlUrlGetsConnectSocketAndLockWaitTimeouts() {
        assertThat(timeouts.missingFrom("jdbc:mysql://db:3306/loyaltyhub?rewriteBatchedStatements=true",
                new Properties())).containsExactly(
                entry("connectTimeout", "1000"),
                entry("socketTimeout", "30000"),
                entry("sessionVariables", "innodb_lock_wait_timeout=10"));
    }

    @Test
    void whatTheUrlOrTheDataSourcePropertiesSayWins() {
        Properties given = new Properties();
        given.setProperty("socketTimeout", "60000");

        assertThat(timeouts.missingFrom("jdbc:mysql://db/loyaltyhub?connecttimeout=5000&sessionVariables=sql_mode=ANSI",
                given)).isEmpty();
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        assertThat(timeouts.missingFrom("jdbc:h2:file:./data/loyaltyhub;MODE=MySQL", new Properties())).isEmpty();
        assertThat(timeouts.missingFrom(null, new Properties())).isEmpty();
    }

    @Test
    void theConfiguredValuesAreUsed() {
        MySqlConnectionTimeouts configured =
                new MySqlConnectionTimeouts(Duration.ofMillis(1500), Duration.ZERO, Duration.ofMinutes(1));

        assertThat(configured.missingFrom("jdbc:mysql://db/x", new Properties())).containsExactly(
                entry("connectTimeout", "1500"),
                entry("socketTimeout", "0"),
                entry("sessionVariables", "innodb_lock_wait_timeout=60"));
    }
}
