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
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The request limits as application.yml sets them, on the real server. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestLimitsSystemTest implements TestPropertyProvider {
    private static final String DEMO_AUTH = DemoServer.basic("demo.till", "demo123");

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Map<String, String> getProperties() {
        return DemoServer.properties();
    }

    @Test
    void aFullBatchOfLongEmailsFitsInTheUrl() throws Exception {
        // The batch limit is 100 values; 100 e-mails of 60 characters, '@' sent as %40, must not be refused.
        String emails = IntStream.range(0, 100)
                .mapToObj(i -> String.format("someone.with.a.rather.long.name.number.%03d@example-brand.com", i))
                .collect(Collectors.joining(","));
        HttpResponse<String> answer = get("/v1.1/customer/get?email=" + URLEncoder.encode(emails, StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).as("none of them exists").isEqualTo(500);
        assertThat(body(answer).path("response").path("customers").path("customer")).hasSize(100);
    }

    @Test
    void aUrlOverTheConfiguredLengthIs414InTheEnvelope() throws Exception {
        HttpResponse<String> answer = get("/v1.1/customer/get?mobile=" + "4".repeat(20_000));

        assertThat(answer.statusCode()).isEqualTo(414);
        JsonNode status = body(answer).path("response").path("status");
        assertThat(status.path("code").asInt()).isEqualTo(414);
        assertThat(status.path("success").asText()).isEqualTo("false");
        assertThat(status.path("message").asText()).isEqualTo("Request URL is too long: the request line "
                + "(method, URL and version) may have at most 16384 characters");
        assertThat(answer.headers().firstValue("X-Cap-Requestid")).isPresent();
    }

    @Test
    void aHugeCouponPageIs400NamingTheParameter() throws Exception {
        HttpResponse<String> answer = get("/v1.1/customer/get?mobile=44700900999&coupon_limit=1000000");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(body(answer).path("response").path("customers").path("customer").path(0).path("item_status")
                .path("message").asText())
                .isEqualTo("Invalid value '1000000' for parameter 'coupon_limit': use a whole number from 0 to 1000");
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + pathAndQuery))
                .header("Authorization", DEMO_AUTH).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }
}
