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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's walk through the write API over HTTP on the real server and database: a new customer registers,
 * shops, is upgraded by a purchase, retries a bill, redeems, returns part of a bill, gets and uses a coupon;
 * then the fixed clock moves forward (a restart on the same database) so points expire and the slab is first
 * renewed and a year later dropped. After each step {@code customer/get} shows the new figures, worked out by
 * hand from the demo program: 0.1 point per unit spent in Blue and Silver, points expire 12 months later at
 * the end of the month, Silver from 20,000 spent, kept for 12 months by spending 10,000 in them.
 */
class WriteSideSystemTest {
    private static final String MOBILE = "447700555001";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Object> database = new HashMap<>(DemoServer.properties());

    @Test
    void aCustomersLifeThroughTheWriteApi() throws Exception {
        database.put("micronaut.server.port", -1);
        try (EmbeddedServer server = start(DemoServer.NOW)) {
            JsonNode added = post(server, "/v1.1/customer/add", """
                    {"root": {"customer": [{"mobile": "%s", "email": "wes.writer@example.com",
                      "firstname": "Wes", "lastname": "Writer",
                      "custom_fields": {"field": [{"name": "favourite_colour", "value": "blue"}]}}]}}""".formatted(MOBILE));
            assertThat(itemCode(added, "customers", "customer")).isEqualTo("1000");
            JsonNode fresh = customer(server);
            assertThat(fresh.path("firstname").asText()).isEqualTo("Wes");
            assertThat(fresh.path("loyalty_points").asText()).isEqualTo("0");
            assertThat(fresh.path("current_slab").asText()).isEqualTo("Blue");

            // 12,000 in Blue earns 1,200.
            JsonNode first = bill(server, "W-1", "12000");
            assertThat(itemCode(first, "transactions", "transaction")).isEqualTo("600");
            assertThat(customer(server).path("loyalty_points").asText()).isEqualTo("1200");

            // 9,000 more earns 900 at Blue's rate, then 21,000 in total lifts the customer to Silver.
            bill(server, "W-2", "9000");
            JsonNode silver = customer(server);
            assertThat(silver.path("loyalty_points").asText()).isEqualTo("2100");
            assertThat(silver.path("lifetime_points").asText()).isEqualTo("2100");
            assertThat(silver.path("lifetime_purchases").asText()).isEqualTo("21000");
            assertThat(silver.path("current_slab").asText()).isEqualTo("Silver");
            // Twelve months from the upgrade day, the last of them included.
            assertThat(silver.findValue("slab_expiry_date").asText()).isEqualTo("2027-11-24");

            // The till retries W-2: Capillary's duplicate code, nothing earned twice.
            assertThat(itemCode(bill(server, "W-2", "9000"), "transactions", "transaction")).isEqualTo("604");
            assertThat(customer(server).path("loyalty_points").asText()).isEqualTo("2100");

            JsonNode redeemed = post(server, "/v1.1/points/redeem", """
                    {"root": {"redeem": [{"points_redeemed": "500", "customer": {"mobile": "%s"},
                      "transaction_number": "W-3"}]}}""".formatted(MOBILE));
            assertThat(redeemed.path("response").path("status").path("code").asInt()).isEqualTo(200);
            assertThat(customer(server).path("loyalty_points").asText()).isEqualTo("1600");

            // Returning 3,000 of the 12,000 bill takes back a quarter of its 1,200 points.
            post(server, "/v1.1/transaction/add", """
                    {"root": {"transaction": [{"type": "RETURN", "return_type": "AMOUNT", "number": "W-1",
                      "amount": "3000", "customer": {"mobile": "%s"}}]}}""".formatted(MOBILE));
            JsonNode returned = customer(server);
            assertThat(returned.path("loyalty_points").asText()).isEqualTo("1300");
            assertThat(returned.path("lifetime_points").asText()).isEqualTo("1800");
            assertThat(returned.path("lifetime_purchases").asText()).isEqualTo("18000");
            assertThat(returned.path("current_slab").asText()).isEqualTo("Silver");

            JsonNode issued = post(server, "/v1.1/coupon/issue", """
                    {"root": {"coupon": {"series_id": "7001", "customer": {"mobile": "%s"}}}}""".formatted(MOBILE));
            String code = issued.path("response").path("coupons").path("coupon").get(0).path("code").asText();
            assertThat(code).matches("[A-Z0-9]{10}");
            assertThat(couponOf(customer(server), code).path("redeemed").asText()).isEqualTo("false");
            JsonNode used = post(server, "/v1.1/coupon/redeem", """
                    {"root": {"coupon": [{"code": "%s", "customer": {"mobile": "%s"},
                      "transaction": {"number": "W-4", "amount": "150"}}]}}""".formatted(code, MOBILE));
            assertThat(used.path("response").path("status").path("code").asInt()).isEqualTo(200);
            assertThat(couponOf(customer(server), code).path("redeemed").asText()).isEqualTo("true");

            // A read-only API user may look but not write.
            HttpResponse<String> refused = send(server, "/v1.1/transaction/add", """
                    {"root": {"transaction": [{"type": "REGULAR", "number": "W-5", "amount": "10",
                      "customer": {"mobile": "%s"}}]}}""".formatted(MOBILE), "demo.reader", "reader123");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(json.readTree(refused.body()).path("response").path("status").path("code").asInt()).isEqualTo(403);
            assertThat(customer(server).path("loyalty_points").asText()).isEqualTo("1300");
        }

        // A year and a week later: every lot earned in November 2026 expired at the end of November 2027, and
        // Silver's first year ended with 18,000 spent in it (>= 10,000), so it was renewed.
        try (EmbeddedServer server = start("2027-12-02T12:00:00Z")) {
            JsonNode renewed = customer(server);
            assertThat(renewed.path("loyalty_points").asText()).isEqualTo("0");
            assertThat(renewed.path("lifetime_points").asText()).isEqualTo("1800");
            assertThat(renewed.path("current_slab").asText()).isEqualTo("Silver");
            assertThat(renewed.findValue("slab_expiry_date").asText()).isEqualTo("2028-11-24");
            JsonNode firstRun = post(server, "/v1.1/jobs/daily", "{}");
            JsonNode secondRun = post(server, "/v1.1/jobs/daily", "{}");
            assertThat(firstRun.findValue("expiry_entries").asInt()).isPositive();
            assertThat(secondRun.findValue("expiry_entries").asInt()).isZero();
            assertThat(secondRun.findValue("slab_changes").asInt()).isZero();
            assertThat(customer(server).path("loyalty_points").asText()).isEqualTo("0");
        }

        // Nothing spent in the renewed year: Silver is dropped to Blue when it ends.
        try (EmbeddedServer server = start("2028-12-05T12:00:00Z")) {
            post(server, "/v1.1/jobs/daily", "{}");
            JsonNode dropped = customer(server);
            assertThat(dropped.path("current_slab").asText()).isEqualTo("Blue");
            JsonNode history = get(server, "/v1.1/customer/get?mobile=" + MOBILE + "&mlp=true&slab_history=true")
                    .path("response").path("customers").path("customer").get(0).findValue("slab_history");
            assertThat(history.toString()).contains("DOWNGRADE").contains("RENEW").contains("UPGRADE");
        }
    }

    @Test
    void badInputAnswersInTheEnvelopeAndStoresNothing() throws Exception {
        try (EmbeddedServer server = start(DemoServer.NOW)) {
            String rita = "/v1.1/customer/get?mobile=44700900999&transactions=true";
            String before = get(server, rita).path("response").path("customers").toString();
            String bill = "{\"type\": \"REGULAR\", \"number\": \"BAD-1\", \"amount\": \"%s\", "
                    + "\"customer\": {\"mobile\": \"44700900999\"}%s}";

            assertAnswer(send(server, "/v1.1/transaction/add", "{\"root\": {\"transaction\": [", "demo.till",
                    "demo123"), 400, "400");
            assertAnswer(send(server, "/v1.1/transaction/add", "{\"root\": {\"transaction\": ["
                    + bill.formatted("-5", "") + "]}}", "demo.till", "demo123"), 500, "601");
            assertAnswer(send(server, "/v1.1/transaction/add", "{\"root\": {\"transaction\": ["
                    + bill.formatted("10", ", \"store_code\": \"nowhere\"") + "]}}", "demo.till", "demo123"),
                    500, "671");
            assertAnswer(send(server, "/v1.1/transaction/add", "{\"root\": {\"transaction\": [{\"type\": "
                    + "\"REGULAR\", \"amount\": \"10\", \"customer\": {\"mobile\": \"44700900999\"}}]}}",
                    "demo.till", "demo123"), 500, "602");
            HttpResponse<String> xmlBomb = http.send(HttpRequest.newBuilder(
                            URI.create(server.getURL() + "/v1.1/transaction/add"))
                    .header("Authorization", DemoServer.basic("demo.till", "demo123"))
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofString("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                            + "<root><transaction><number>&x;</number></transaction></root>")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(xmlBomb.statusCode()).isEqualTo(400);
            assertThat(xmlBomb.body()).doesNotContain("root:");
            assertAnswer(send(server, "/v1.1/transaction/add", "{\"root\": {\"transaction\": [" + bill.formatted("10",
                    ", \"notes\": \"" + "x".repeat(1_100_000) + "\"") + "]}}", "demo.till", "demo123"), 413, null);

            assertThat(get(server, rita).path("response").path("customers").toString())
                    .as("Rita's figures and bills after the bad requests").isEqualTo(before);
        }
    }

    private void assertAnswer(HttpResponse<String> response, int status, String itemCode) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("response").path("status").path("code").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        if (itemCode != null) {
            assertThat(body.findValue("item_status").path("code").asText()).as(response.body()).isEqualTo(itemCode);
        }
    }

    private EmbeddedServer start(String now) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("loyaltyhub.clock.fixed", now);
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private JsonNode bill(EmbeddedServer server, String number, String amount) throws Exception {
        return post(server, "/v1.1/transaction/add", """
                {"root": {"transaction": [{"type": "REGULAR", "number": "%s", "amount": "%s",
                  "customer": {"mobile": "%s"}}]}}""".formatted(number, amount, MOBILE));
    }

    private JsonNode customer(EmbeddedServer server) throws Exception {
        JsonNode answer = get(server, "/v1.1/customer/get?mobile=" + MOBILE + "&program_summary=true");
        assertThat(answer.path("response").path("status").path("code").asInt()).isEqualTo(200);
        return answer.path("response").path("customers").path("customer").get(0);
    }

    private static JsonNode couponOf(JsonNode customer, String code) {
        for (JsonNode coupon : customer.path("coupons").path("coupon")) {
            if (coupon.path("code").asText().equals(code)) {
                return coupon;
            }
        }
        throw new AssertionError("coupon " + code + " not in " + customer.path("coupons"));
    }

    private static String itemCode(JsonNode answer, String list, String item) {
        return answer.path("response").path(list).path(item).get(0).path("item_status").path("code").asText();
    }

    private JsonNode get(EmbeddedServer server, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", DemoServer.basic("demo.till", "demo123")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    private JsonNode post(EmbeddedServer server, String path, String body) throws Exception {
        return json.readTree(send(server, path, body, "demo.till", "demo123").body());
    }

    private HttpResponse<String> send(EmbeddedServer server, String path, String body, String user, String password)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                        .header("Authorization", DemoServer.basic(user, password))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
