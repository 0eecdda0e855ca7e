package org.loyaltyhub.bootstrap.system.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.loyaltyhub.bootstrap.system.DemoServer;

/**
 * Settings and an HTTP client for the contract system tests: a fresh in-memory H2 per test class, the
 * fixed clock of the demo (2026-11-25 12:00 UTC) and a seed file of the test's choosing. The default seed,
 * seed/contract-org.json, was written so every section and filter has something non-trivial to show; its
 * figures are worked out in the tests that use them.
 */
final class ContractServer {
    static final String NOW = "2026-11-25T12:00:00Z";
    static final String CONTRACT_SEED = "classpath:seed/contract-org.json";
    static final String AUTH = basic("ct.t1", "contract1");
    static final String GINA = "447000000001";
    static final String TARA = "447000000002";
    static final String TOM = "447000000003";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractServer() {
    }

    static Map<String, String> properties(String seed) {
        Map<String, String> p = new HashMap<>();
        p.put("datasources.default.url", "jdbc:h2:mem:ct" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
        p.put("loyaltyhub.clock.fixed", NOW);
        // A test run crossing the scheduled time must not have the daily jobs write under it.
        p.put("loyaltyhub.jobs.daily-enabled", "false");
        p.put("loyaltyhub.seed.file", seed);
        // A free port: application.yml's 8080 may be taken by another server on the build machine.
        p.put("micronaut.server.port", "-1");
        return p;
    }

    static HttpResponse<String> get(String baseUrl, String query, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1.1/customer/get?" + query))
                .header("Authorization", AUTH);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** The customers of a 200 answer. */
    static List<JsonNode> customers(String baseUrl, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = get(baseUrl, query);
        if (response.statusCode() != 200) {
            throw new AssertionError("expected 200 for " + query + ", got " + response.statusCode() + ": "
                    + response.body());
        }
        List<JsonNode> list = new ArrayList<>();
        json(response).path("response").path("customers").path("customer").forEach(list::add);
        return list;
    }

    static JsonNode customer(String baseUrl, String query) throws IOException, InterruptedException {
        return customers(baseUrl, query).get(0);
    }

    /** One text field of every row of a container: {@code texts(c.path("coupons"), "coupon", "code")}. */
    static List<String> texts(JsonNode container, String child, String field) {
        List<String> values = new ArrayList<>();
        container.path(child).forEach(row -> values.add(row.path(field).asText()));
        return values;
    }

    /** One text field of every element of an array. */
    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(row -> values.add(row.path(field).asText()));
        return values;
    }

    static String basic(String username, String password) {
        return DemoServer.basic(username, password);
    }
}
