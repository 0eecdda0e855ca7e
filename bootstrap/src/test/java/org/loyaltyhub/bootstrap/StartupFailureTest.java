package org.loyaltyhub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.bootstrap.seed.SeedFileException;

class StartupFailureTest {
    @Test
    void anUnreachableDatabaseIsOneLineNamingTheUrlAndTheCause() {
        Throwable failure = new IllegalStateException("Bean definition could not be loaded",
                new RuntimeException("Failed to initialize pool", new SQLException("Communications link failure",
                        new ConnectException("Connection refused"))));

        assertThat(StartupFailure.explain(failure, "jdbc:mysql://db:3306/loyaltyhub?password=s3cret&ssl=true", "app"))
                .contains("LoyaltyHub cannot start: database jdbc:mysql://db:3306/loyaltyhub?password=****&ssl=true"
                        + " (user app) is not usable: Connection refused (ConnectException)");
    }

    @Test
    void passwordsInTheUrlAreMasked() {
        assertThat(StartupFailure.maskPassword("jdbc:mysql://app:s3cret@db/x")).isEqualTo("jdbc:mysql://app:****@db/x");
        assertThat(StartupFailure.maskPassword("jdbc:h2:file:./data/x;PASSWORD=abc;MODE=MySQL"))
                .isEqualTo("jdbc:h2:file:./data/x;PASSWORD=****;MODE=MySQL");
    }

    @Test
    void aBrokenSeedFileIsOneLine() {
        Throwable failure = new RuntimeException(new SeedFileException("x.json: customer Ann: 'at' is required", null));

        assertThat(StartupFailure.explain(failure, "jdbc:h2:mem:x", "sa"))
                .contains("LoyaltyHub cannot start: x.json: customer Ann: 'at' is required");
    }

    @Test
    void otherFailuresAreLeftToMicronaut() {
        assertThat(StartupFailure.explain(new IllegalStateException("port in use"), "jdbc:h2:mem:x", "sa")).isEmpty();
    }
}
