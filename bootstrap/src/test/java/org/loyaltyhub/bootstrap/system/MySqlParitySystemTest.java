package org.loyaltyhub.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.persistence.MySqlTestServer;

/**
 * The same jar on H2 and on MySQL, chosen by configuration alone: both start from empty databases with
 * the demo seed and must give the same answers (the request id travels in a header, not the body).
 * A second start on the MySQL database changes nothing: no migration runs again, no seed is reloaded.
 */
class MySqlParitySystemTest {
    private static final List<String> REQUESTS = List.of(
            "?mobile=44700900999",
            "?mobile=44700900999&mlp=true&user_id=true",
            "?mobile=44700900999,0000000000,919845012345,447700900555,447700900123",
            "?email=ana.costa@example.com&mlp=true",
            "?external_id=XYPZ777",
            "?card_number=DEMO-CARD-0001",
            "?id=1,2,3,4,5,6,7",
            "?mobile=0000000000",
            "?mobile=12ab,",
            "");

    private static MySqlTestServer mysql;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void needsMySql() {
        mysql = MySqlTestServer.requireOrSkip("the H2/MySQL parity system test");
    }

    private static EmbeddedServer start(String url, String user, String password) {
        Map<String, Object> properties = new HashMap<>(DemoServer.properties());
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", user);
        properties.put("datasources.default.password", password);
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private Answer ask(EmbeddedServer server, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/v1.1/customer/get" + query))
                .header("Authorization", DemoServer.basic("demo.till", "demo123")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), json.readTree(response.body()));
    }

    @Test
    void mySqlAnswersExactlyAsH2AndARestartChangesNothing() throws Exception {
        String mysqlUrl = mysql.createDatabase();
        Map<String, Answer> onH2 = new HashMap<>();
        try (EmbeddedServer h2 = start(DemoServer.properties().get("datasources.default.url"), "sa", "")) {
            for (String query : REQUESTS) {
                onH2.put(query, ask(h2, query));
            }
        }
        try (EmbeddedServer onMySql = start(mysqlUrl, mysql.user(), mysql.password())) {
            for (String query : REQUESTS) {
                assertThat(ask(onMySql, query)).as(query).isEqualTo(onH2.get(query));
            }
        }
        int migrations = count(mysqlUrl, "SELECT COUNT(*) FROM flyway_schema_history");
        int customers = count(mysqlUrl, "SELECT COUNT(*) FROM customer");

        try (EmbeddedServer again = start(mysqlUrl, mysql.user(), mysql.password())) {
            assertThat(ask(again, REQUESTS.get(1))).isEqualTo(onH2.get(REQUESTS.get(1)));
        }
        assertThat(count(mysqlUrl, "SELECT COUNT(*) FROM flyway_schema_history")).isEqualTo(migrations);
        assertThat(count(mysqlUrl, "SELECT COUNT(*) FROM customer")).isEqualTo(customers).isEqualTo(6);
    }

    private static int count(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, mysql.user(), mysql.password());
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private record Answer(int status, JsonNode body) {
    }
}
