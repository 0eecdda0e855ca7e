package org.loyaltyhub.adapter.rest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.StubWriteUseCases;

/** The size of a body and the number of items in it are bounded, and going over either is answered in the envelope. */
@MicronautTest
@Property(name = "micronaut.server.max-request-size", value = "4096")
@Property(name = "loyaltyhub.writes.batch-limit", value = "3")
class WriteLimitsTest {
    private static final String ADD = "/v1.1/customer/add";
    private static final String TOO_LARGE = "{\"response\":{\"status\":{\"success\":\"false\",\"code\":413,"
            + "\"message\":\"Request body is too large: at most 4096 bytes are accepted\","
            + "\"total\":\"0\",\"success_count\":\"0\"}}}";

    @Inject
    @Client("/")
    HttpClient httpClient;

    @Inject
    EmbeddedServer server;

    @Inject
    StubWriteUseCases useCases;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
        useCases.reset();
    }

    @Test
    void aBodyOverTheLimitIs413InTheEnvelope() {
        Answer answer = api.postJson(ADD, bodyOfSize(4097));

        assertThat(answer.httpStatus()).isEqualTo(413);
        assertThat(answer.body()).isEqualTo(json(TOO_LARGE));
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aBodyAtTheLimitIsRead() {
        Answer answer = api.postJson(ADD, bodyOfSize(4096));

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(useCases.calls()).hasSize(1);
    }

    @Test
    void anOversizedBodyIs413InXmlWhenXmlIsAskedFor() {
        Answer answer = api.postJson(ADD + "?format=xml", bodyOfSize(10_000));

        assertThat(answer.httpStatus()).isEqualTo(413);
        assertThat(answer.rawBody()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><status>"
                + "<success>false</success><code>413</code><message>Request body is too large: at most 4096 bytes "
                + "are accepted</message><total>0</total><success_count>0</success_count></status></response>");
    }

    @Test
    void aChunkedBodyWithoutLengthIsCutAtTheLimitToo() throws IOException, InterruptedException {
        byte[] body = bodyOfSize(20_000).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + ADD))
                .header("Authorization", ApiClient.validAuthorization())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response.body())).isEqualTo(json(TOO_LARGE));
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void moreItemsThanTheBatchLimitIs400WithCode1060() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"customer\":[{\"mobile\":\"919800000001\"},"
                + "{\"mobile\":\"919800000002\"},{\"mobile\":\"919800000003\"},{\"mobile\":\"919800000004\"}]}}");

        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(answer.entries("customers", "customer").get(0).get("item_status")).isEqualTo(json(
                "{\"success\":\"false\",\"code\":\"1060\",\"message\":\"Batch limit exceeded: 4 items in "
                        + "root.customer, at most 3 per request\",\"warnings\":{\"warning\":[]}}"));
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void itemsUpToTheBatchLimitAreDone() {
        Answer answer = api.postJson(ADD, "{\"root\":{\"customer\":[{\"mobile\":\"919800000001\"},"
                + "{\"mobile\":\"919800000002\"},{\"mobile\":\"919800000003\"}]}}");

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(useCases.calls()).hasSize(3);
    }

    /** A valid one-customer body padded with a long first name to exactly {@code size} bytes. */
    private static String bodyOfSize(int size) {
        String head = "{\"root\":{\"customer\":{\"mobile\":\"919800000001\",\"firstname\":\"";
        String tail = "\"}}}";
        return head + "x".repeat(size - head.length() - tail.length()) + tail;
    }
}
