package org.loyaltyhub.adapter.persistence;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The database a persistence test class runs on: by default a fresh in-memory H2 in MySQL mode of
 * its own; with {@code -Dloyaltyhub.test.jdbc-url=...} (plus {@code -username}, {@code -password},
 * or the environment variables {@code LOYALTYHUB_TEST_JDBC_URL}, ...) the same tests run on that
 * database instead, e.g. MySQL or MariaDB. Flyway migrates it at start-up either way. Contracts
 * use fresh ids everywhere, so a configured database may be shared by all classes and kept between runs.
 * Test classes using it need {@code @TestInstance(PER_CLASS)}.
 */
public interface TestDatabase extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        if (usesConfiguredDatabase()) {
            properties.put("datasources.default.url", setting("jdbc-url"));
            properties.put("datasources.default.username", orEmpty(setting("jdbc-username")));
            properties.put("datasources.default.password", orEmpty(setting("jdbc-password")));
        } else {
            properties.put("datasources.default.url", "jdbc:h2:mem:" + UUID.randomUUID()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        }
        return properties;
    }

    /** True when the tests run on a configured (possibly shared, not fresh) database instead of H2. */
    static boolean usesConfiguredDatabase() {
        String url = setting("jdbc-url");
        return url != null && !url.isBlank();
    }

    private static String setting(String name) {
        String property = System.getProperty("loyaltyhub.test." + name);
        if (property != null) {
            return property;
        }
        return System.getenv("LOYALTYHUB_TEST_" + name.toUpperCase().replace('-', '_'));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
