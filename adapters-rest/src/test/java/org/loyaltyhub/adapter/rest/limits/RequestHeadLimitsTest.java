package org.loyaltyhub.adapter.rest.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.RequestIdFilter;
import org.loyaltyhub.adapter.rest.support.ApiClient;

/**
 * A request line or headers longer than Netty accepts get their own status in the envelope (414, 431), over a
 * real HTTP connection, instead of Micronaut's 413 that would send the client looking for a body to shrink.
 * A body over its limit stays 413 (WriteLimitsTest).
 */
@MicronautTest
@Property(name = "micronaut.server.netty.max-initial-line-length", value = "2048")
@Property(name = "micronaut.server.netty.max-header-size", value = "4096")
class RequestHeadLimitsTest {
    private static final String URI_TOO_LONG = "{\"response\":{\"status\":{\"success\":\"false\",\"code\":414,"
            + "\"message\":\"Request URL is too long: the request line (method, URL and version) may have at most 2048"
            + " characters\",\"total\":\"0\",\"success_count\":\"0\"}}}";
    private static final String HEADERS_TOO_LARGE = "{\"response\":{\"status\":{\"success\":\"false\",\"code\":431,"
            + "\"message\":\"Request headers are too large: at most 4096 bytes of headers are accepted\","
            + "\"total\":\"0\",\"success_count\":\"0\"}}}";

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aUrlOverTheLimitIs414InTheEnvelope() throws Exception {
        HttpResponse<String> answer = get("/v1.1/customer/get?mobile=" + "9".repeat(2100), ApiClient.validAuthorization(),
                null);

        assertThat(answer.statusCode()).isEqualTo(414);
        assertThat(json(answer.body())).isEqualTo(json(URI_TOO_LONG));
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.headers().firstValue(RequestIdFilter.HEADER)).isPresent();
    }

    @Test
    void aUrlJustUnderTheLimitIsServed() throws Exception {
        // "GET " + URL + " HTTP/1.1" must fit in 2048 characters; a little room for how Netty counts the end.
        String path = "/v1.1/customer/get?mobile=919876543210&x=";
        String url = path + "9".repeat(2048 - "GET ".length() - " HTTP/1.1".length() - path.length() - 8);

        assertThat(get(url, ApiClient.validAuthorization(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void headersOverTheLimitAre431InTheEnvelope() throws Exception {
        HttpResponse<String> answer = get("/v1.1/customer/get?mobile=919876543210", ApiClient.validAuthorization(),
                "x".repeat(5000));

        assertThat(answer.statusCode()).isEqualTo(431);
        assertThat(json(answer.body())).isEqualTo(json(HEADERS_TOO_LARGE));
    }

    private HttpResponse<String> get(String pathAndQuery, String authorization, String padding)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + pathAndQuery))
                .header("Authorization", authorization);
        if (padding != null) {
            request.header("X-Padding", padding);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
