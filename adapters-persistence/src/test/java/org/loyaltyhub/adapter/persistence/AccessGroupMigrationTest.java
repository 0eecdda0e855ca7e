package org.loyaltyhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.out.ApiUsers;
import org.loyaltyhub.application.port.out.contract.ContractFixtures;
import org.loyaltyhub.domain.access.AccessRights;
import org.loyaltyhub.domain.access.PasswordHash;

/**
 * A database that already holds API users when V6 adds access groups: each of them keeps WRITE on every
 * resource. Runs on a database of its own (H2, or a fresh one on the MySQL test server in the MySQL run),
 * migrated to V5 first, given users the way V5 stored them, then migrated to the end.
 */
class AccessGroupMigrationTest {

    @Test
    void apiUsersStoredBeforeAccessGroupsMayWriteEverything() throws SQLException {
        Database database = freshDatabase();
        flyway(database).target("5").load().migrate();
        long orgId = ContractFixtures.uniqueId();
        String hash = PasswordHash.of("secret", 10_000).encoded();
        try (Connection connection = database.connect()) {
            execute(connection, "INSERT INTO org (id, name, time_zone) VALUES (?, 'Old Org', 'UTC')", orgId);
            for (String username : List.of("old-till-1", "old-till-2")) {
                execute(connection, "INSERT INTO api_user (username, org_id, till_code, store_code, password_hash)"
                        + " VALUES (?, ?, ?, NULL, ?)", username, orgId, username, hash);
            }
        }

        flyway(database).load().migrate();

        try (Connection connection = database.connect()) {
            assertThat(accessRows(connection)).containsExactlyInAnyOrder(
                    "old-till-1 COUPON WRITE", "old-till-1 CUSTOMER WRITE", "old-till-1 POINTS WRITE",
                    "old-till-1 TRANSACTION WRITE",
                    "old-till-2 COUPON WRITE", "old-till-2 CUSTOMER WRITE", "old-till-2 POINTS WRITE",
                    "old-till-2 TRANSACTION WRITE");
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "datasources.default.url", database.url(),
                "datasources.default.username", database.user(),
                "datasources.default.password", database.password()), "test")) {
            ApiUsers apiUsers = context.getBean(ApiUsers.class);
            assertThat(apiUsers.findByUsername("old-till-1").orElseThrow().rights()).isEqualTo(AccessRights.FULL);
        }
    }

    private record Database(String url, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private static Database freshDatabase() {
        if (TestDatabase.onMySql()) {
            MySqlTestServer server = MySqlTestServer.requireOrSkip("the access group migration test");
            return new Database(server.createDatabase(), server.user(), server.password());
        }
        return new Database(TestDatabase.h2Url(), "sa", "");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(Database database) {
        return Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration");
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<String> accessRows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT u.username, a.resource, a.access_level
                FROM api_user_access a JOIN api_user u ON u.id = a.api_user_id""");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }
}
