package org.loyaltyhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.TestCustomers;

/** Answers the framework makes itself still come in the envelope, with a request id and no internals. */
@MicronautTest
class ErrorEnvelopeTest {
    @Inject
    @Client("/")
    HttpClient httpClient;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
    }

    @Test
    void unknownRouteIs404InTheEnvelope() {
        Answer inside = api.get("/v1.1/customer/nothing-here");
        Answer outside = api.getWithAuthorization("/no/such/thing", null);

        for (Answer answer : new Answer[] {inside, outside}) {
            assertThat(answer.httpStatus()).isEqualTo(404);
            assertThat(answer.body()).isEqualTo(envelope(404, "Resource not found"));
            assertThat(answer.header(RequestIdFilter.HEADER)).isNotBlank();
        }
    }

    @Test
    void wrongMethodIs405InTheEnvelope() {
        Answer answer = api.send(HttpRequest.POST("/v1.1/customer/get?mobile=919876543210", "{}")
                .header("Authorization", ApiClient.validAuthorization()));

        assertThat(answer.httpStatus()).isEqualTo(405);
        assertThat(answer.body()).isEqualTo(envelope(405, "Method not allowed on this resource"));
        assertThat(answer.header(RequestIdFilter.HEADER)).isNotBlank();
    }

    @Test
    void unexpectedFailureIs500WithAGenericMessageAndNoInternals() {
        Answer answer = api.get("/v1.1/customer/get?mobile=" + TestCustomers.FAILING_MOBILE);

        assertThat(answer.httpStatus()).isEqualTo(500);
        assertThat(answer.body()).isEqualTo(envelope(500, "Internal server error, please try again later"));
        assertThat(answer.rawBody()).doesNotContain("jdbc", "secret", "Exception", "at org.");
        assertThat(answer.header(RequestIdFilter.HEADER)).isNotBlank();
    }

    @Test
    void everyResponseGetsItsOwnRequestId() {
        Answer first = api.get("/v1.1/customer/get?mobile=919876543210");
        Answer second = api.get("/v1.1/customer/get?mobile=919876543210");

        assertThat(first.header(RequestIdFilter.HEADER)).isNotBlank();
        assertThat(second.header(RequestIdFilter.HEADER)).isNotBlank()
                .isNotEqualTo(first.header(RequestIdFilter.HEADER));
    }

    private static com.fasterxml.jackson.databind.JsonNode envelope(int code, String message) {
        return json("{\"response\":{\"status\":{\"success\":\"false\",\"code\":" + code + ",\"message\":\"" + message
                + "\",\"total\":\"0\",\"success_count\":\"0\"}}}");
    }
}
