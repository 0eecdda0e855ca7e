package org.loyaltyhub.adapter.persistence;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The database a persistence test class runs on. By default a fresh in-memory H2 in MySQL mode of its
 * own. In the MySQL run of the suite (Maven's {@code mysql-contracts} execution sets
 * {@code loyaltyhub.test.database=mysql}) every class runs on one database created for that run on the
 * MySQL test server (see {@link MySqlTestServer}); contracts use fresh ids everywhere, so classes can
 * share it. Flyway migrates it at start-up either way. Test classes need {@code @TestInstance(PER_CLASS)}.
 */
public interface TestDatabase extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        if (onMySql()) {
            MySqlRunDatabase database = MySqlRunDatabase.get();
            properties.put("datasources.default.url", database.url());
            properties.put("datasources.default.username", database.user());
            properties.put("datasources.default.password", database.password());
        } else {
            properties.put("datasources.default.url", h2Url());
        }
        return properties;
    }

    /**
     * A fresh in-memory H2 in MySQL mode. A writer waits up to ten seconds for another's row lock (H2's default
     * is one), as InnoDB waits far longer: the lock tests hold a lock on purpose.
     */
    static String h2Url() {
        return "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    }

    /** True in the MySQL run of the suite, where the database is shared by all test classes. */
    static boolean onMySql() {
        return "mysql".equals(System.getProperty("loyaltyhub.test.database"));
    }

    /** The one database of this MySQL run, created on first use. */
    record MySqlRunDatabase(String url, String user, String password) {
        private static MySqlRunDatabase instance;
        private static RuntimeException unavailable;

        /** Asks the server once; a skip (or failure) then applies to every class without asking again. */
        static synchronized MySqlRunDatabase get() {
            if (unavailable != null) {
                throw unavailable;
            }
            if (instance == null) {
                try {
                    MySqlTestServer server = MySqlTestServer.requireOrSkip("the persistence contract suite");
                    instance = new MySqlRunDatabase(server.createDatabase(), server.user(), server.password());
                } catch (RuntimeException e) {
                    unavailable = e;
                    throw e;
                }
            }
            return instance;
        }
    }
}
