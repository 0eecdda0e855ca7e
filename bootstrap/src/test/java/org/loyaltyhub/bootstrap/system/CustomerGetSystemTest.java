package org.loyaltyhub.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The real server (Netty, H2, Flyway, the demo seed replayed through the rules) called over HTTP the
 * way a till does. The expected figures were worked out by hand from the demo history in
 * seed/demo-org.json and the rules in docs/loyalty-rules.md, as of the fixed clock 2026-11-25.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerGetSystemTest implements TestPropertyProvider {
    private static final String DEMO_AUTH = DemoServer.basic("demo.till", "demo123");

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Map<String, String> getProperties() {
        return DemoServer.properties();
    }

    private HttpResponse<String> get(String query, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + "/v1.1/customer/get" + query));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    /** Embedded rows and points summaries carry numbers as strings, as Capillary does. */
    private static java.math.BigDecimal decimal(JsonNode textual) {
        assertThat(textual.isTextual()).as("a string-valued number: " + textual).isTrue();
        return new java.math.BigDecimal(textual.asText());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void ritaJohnByMobile() throws Exception {
        HttpResponse<String> response = get("?mobile=44700900999", DEMO_AUTH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Cap-Requestid")).isPresent();
        JsonNode status = body(response).path("response").path("status");
        assertThat(status.path("code").isNumber()).isTrue();
        assertThat(status.path("code").asInt()).isEqualTo(200);
        assertThat(status.path("success").asText()).isEqualTo("true");
        assertThat(status.path("total").isTextual()).isTrue();
        assertThat(status.path("total").asText()).isEqualTo("1");
        assertThat(status.path("success_count").asText()).isEqualTo("1");

        JsonNode rita = body(response).path("response").path("customers").path("customer").get(0);
        assertThat(rita.path("firstname").asText()).isEqualTo("Rita");
        assertThat(rita.path("lastname").asText()).isEqualTo("John");
        assertThat(rita.path("email").asText()).isEqualTo("rita.john@example.com");
        assertThat(rita.path("external_id").asText()).isEqualTo("XYPZ006");
        // 3805.45 earned - 125 returned; 2845.45 left after 300 redeemed and 535 expired.
        assertThat(rita.path("lifetime_points").decimalValue()).isEqualByComparingTo("3680.45");
        assertThat(rita.path("loyalty_points").decimalValue()).isEqualByComparingTo("2845.45");
        assertThat(rita.path("lifetime_purchases").decimalValue()).isEqualByComparingTo("35304.5");
        assertThat(rita.path("current_slab").asText()).isEqualTo("Silver");
        assertThat(rita.path("registered_on").asText()).isEqualTo("2025-03-14 10:15:00");
        assertThat(rita.path("type").asText()).isEqualTo("LOYALTY");
        assertThat(rita.path("source").asText()).isEqualTo("instore");
        assertThat(rita.path("registered_store").path("code").asText()).isEqualTo("demo.store");
        assertThat(rita.path("registered_till").path("code").asText()).isEqualTo("demo.till");
        assertThat(rita.path("fraud_details").path("status").asText()).isEqualTo("NONE");
        assertThat(rita.has("user_id")).isFalse();

        JsonNode item = rita.path("item_status");
        assertThat(item.path("code").isTextual()).isTrue();
        assertThat(item.path("code").asText()).isEqualTo("1000");
        assertThat(item.path("success").asText()).isEqualTo("true");

        List<String> bills = new ArrayList<>();
        rita.path("transactions").path("transaction").forEach(t -> bills.add(t.path("number").asText()));
        assertThat(bills).containsExactly("B-2588", "B-2451", "B-2307", "B-2155", "B-2013", "B-1890", "BC-0101",
                "B-1744", "B-1633", "B-1502");
        JsonNode b2451 = rita.path("transactions").path("transaction").get(1);
        assertThat(b2451.path("type").asText()).isEqualTo("REGULAR");
        assertThat(b2451.path("created_date").asText()).isEqualTo("2026-10-28 11:25:00");
        assertThat(b2451.path("store").asText()).isEqualTo("demo.till");
        assertThat(decimal(b2451.path("points"))).isEqualByComparingTo("367.5");

        List<String> coupons = new ArrayList<>();
        rita.path("coupons").path("coupon").forEach(c -> coupons.add(c.path("code").asText()));
        assertThat(coupons).containsExactly("COFFEE-RJ03", "FIVE-RJ04", "DEMO10-RJ02", "DEMO10-RJ01");
        JsonNode firstCoupon = rita.path("coupons").path("coupon").get(0);
        assertThat(firstCoupon.path("series_id").asText()).isEqualTo("7002");
        assertThat(firstCoupon.path("valid_till").asText()).startsWith("2026-12-31");
        assertThat(firstCoupon.path("redeemed").asText()).isEqualTo("false");
        assertThat(rita.path("coupons").path("coupon").get(3).path("redeemed").asText()).isEqualTo("true");
    }

    @Test
    void theSameCustomerByEveryIdentifier() throws Exception {
        for (String query : List.of("?email=" + encode("Rita.John@Example.com"), "?external_id=XYPZ006",
                "?card_number=DEMO-CARD-0001", "?card_external_id=CX-0001")) {
            JsonNode customer = body(get(query, DEMO_AUTH)).path("response").path("customers").path("customer").get(0);
            assertThat(customer.path("mobile").asText()).as(query).isEqualTo("44700900999");
        }
    }

    @Test
    void aBatchWithOneUnknownAnswers201() throws Exception {
        HttpResponse<String> response = get("?mobile=44700900999,0000000000", DEMO_AUTH);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode root = body(response).path("response");
        assertThat(root.path("status").path("code").asInt()).isEqualTo(201);
        assertThat(root.path("status").path("total").asText()).isEqualTo("2");
        assertThat(root.path("status").path("success_count").asText()).isEqualTo("1");
        JsonNode customers = root.path("customers").path("customer");
        assertThat(customers.get(0).path("item_status").path("code").asText()).isEqualTo("1000");
        assertThat(customers.get(1).path("mobile").asText()).isEqualTo("0000000000");
        assertThat(customers.get(1).path("item_status").path("code").asText()).isEqualTo("1012");
        assertThat(customers.get(1).has("firstname")).isFalse();
    }

    @Test
    void anUnknownValueAloneAnswers500() throws Exception {
        HttpResponse<String> response = get("?mobile=0000000000", DEMO_AUTH);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(body(response).path("response").path("status").path("code").asInt()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void noIdentifierAnswers400() throws Exception {
        HttpResponse<String> response = get("", DEMO_AUTH);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).path("response").path("status").path("code").asInt()).isEqualTo(400);
        assertThat(response.headers().firstValue("X-Cap-Requestid")).isPresent();
    }

    @Test
    void noOrWrongCredentialsAnswer401() throws Exception {
        for (String authorization : new String[] {null, DemoServer.basic("demo.till", "wrong"),
                DemoServer.basic("nobody", "demo123"), "Basic !!!", "Bearer abc"}) {
            HttpResponse<String> response = get("?mobile=44700900999", authorization);
            assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            JsonNode status = body(response).path("response").path("status");
            assertThat(status.path("code").asInt()).isEqualTo(401);
            assertThat(status.path("success").asText()).isEqualTo("false");
            assertThat(response.body()).doesNotContain("Rita");
        }
    }

    @Test
    void userIdOnlyWhenAsked() throws Exception {
        JsonNode rita = body(get("?mobile=44700900999&user_id=true", DEMO_AUTH))
                .path("response").path("customers").path("customer").get(0);
        String userId = rita.path("user_id").asText();
        assertThat(rita.path("user_id").isTextual()).isTrue();

        JsonNode byId = body(get("?id=" + userId, DEMO_AUTH)).path("response").path("customers").path("customer").get(0);
        assertThat(byId.path("firstname").asText()).isEqualTo("Rita");
    }

    @Test
    void pointsSummariesPerProgramWithMlp() throws Exception {
        JsonNode rita = body(get("?mobile=44700900999&mlp=true", DEMO_AUTH))
                .path("response").path("customers").path("customer").get(0);
        JsonNode summaries = rita.path("points_summaries").path("points_summary");

        assertThat(summaries.size()).isEqualTo(2);
        JsonNode rewards = summaries.get(0);
        assertThat(rewards.path("programId").asText()).isEqualTo("1");
        assertThat(rewards.path("currentSlab").asText()).isEqualTo("Silver");
        assertThat(rewards.path("nextSlab").asText()).isEqualTo("Gold");
        assertThat(rewards.path("slabSNo").asText()).isEqualTo("2");
        assertThat(rewards.path("slabExpiryDate").asText()).startsWith("2027-04-02");
        assertThat(decimal(rewards.path("redeemed"))).isEqualByComparingTo("300");
        assertThat(decimal(rewards.path("expired"))).isEqualByComparingTo("535");
        assertThat(decimal(rewards.path("returned"))).isEqualByComparingTo("125");
        JsonNode beauty = summaries.get(1);
        // BC-0101: 640 at 0.2 points, never expiring.
        assertThat(decimal(beauty.path("loyaltyPoints"))).isEqualByComparingTo("128");
        assertThat(beauty.path("currentSlab").asText()).isEqualTo("Member");
        assertThat(decimal(beauty.path("cumulativePurchases"))).isEqualByComparingTo("640");
    }

    @Test
    void aNonLoyaltyCustomerHasNoPointsAndNoSlab() throws Exception {
        JsonNode sara = body(get("?mobile=447700900123", DEMO_AUTH))
                .path("response").path("customers").path("customer").get(0);

        assertThat(sara.path("type").asText()).isEqualTo("NON_LOYALTY");
        assertThat(sara.path("loyalty_points").decimalValue()).isEqualByComparingTo("0");
        assertThat(sara.path("current_slab").isNull()).isTrue();
    }

    @Test
    void aFraudCustomerShowsTheMark() throws Exception {
        JsonNode tom = body(get("?mobile=447700900555", DEMO_AUTH))
                .path("response").path("customers").path("customer").get(0);

        assertThat(tom.path("fraud_details").path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(tom.path("fraud_details").path("marked_by").asText()).isEqualTo("loss.prevention");
    }

    @Test
    void anUnknownRouteAnswersInTheEnvelope() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/v1.1/nope"))
                .header("Authorization", DEMO_AUTH).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body(response).path("response").path("status").path("code").asInt()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Cap-Requestid")).isPresent();
    }
}
