package org.loyaltyhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.StubAuthenticateApiUser;
import org.loyaltyhub.adapter.rest.support.StubWriteUseCases;
import org.loyaltyhub.adapter.rest.support.TestCustomers;

/**
 * A database out of reach answers 503 in the envelope (JSON or XML) wherever the request meets it: the login
 * check, a lookup, any item of a write batch. Never 401 (the credentials were not judged), never 500.
 */
@MicronautTest
class StorageUnavailableTest {
    private static final String MESSAGE =
            "Service temporarily unavailable: the database cannot be reached, please retry shortly";
    private static final JsonNode ENVELOPE = json("{\"response\":{\"status\":{\"success\":\"false\",\"code\":503,"
            + "\"message\":\"" + MESSAGE + "\",\"total\":\"0\",\"success_count\":\"0\"}}}");

    @Inject
    @Client("/")
    HttpClient httpClient;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
    }

    @Test
    void aLookupIs503InTheEnvelope() {
        Answer answer = api.get("/v1.1/customer/get?mobile=" + TestCustomers.UNREACHABLE_MOBILE);

        assertThat(answer.httpStatus()).isEqualTo(503);
        assertThat(answer.body()).isEqualTo(ENVELOPE);
        assertThat(answer.rawBody()).doesNotContain("Communications", "08S01", "Exception");
        assertThat(answer.header(RequestIdFilter.HEADER)).isNotBlank();
    }

    @Test
    void inXmlWhenXmlIsAskedFor() {
        Answer answer = api.get("/v1.1/customer/get?format=xml&mobile=" + TestCustomers.UNREACHABLE_MOBILE);

        assertThat(answer.httpStatus()).isEqualTo(503);
        assertThat(answer.header("Content-Type")).startsWith("application/xml");
        assertThat(answer.rawBody()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><status>"
                + "<success>false</success><code>503</code><message>" + MESSAGE + "</message><total>0</total>"
                + "<success_count>0</success_count></status></response>");
    }

    @Test
    void theLoginCheckIs503NotA401() {
        for (String format : new String[] {"", "&format=xml"}) {
            Answer answer = api.getWithAuthorization("/v1.1/customer/get?mobile=919876543210" + format,
                    ApiClient.basic(StubAuthenticateApiUser.UNREACHABLE_USERNAME,
                            StubAuthenticateApiUser.md5Hex(StubAuthenticateApiUser.PASSWORD)));

            assertThat(answer.httpStatus()).as("format " + format).isEqualTo(503);
            assertThat(answer.header("WWW-Authenticate")).as("no login challenge").isNull();
            assertThat(answer.header(RequestIdFilter.HEADER)).isNotBlank();
            if (format.isEmpty()) {
                assertThat(answer.body()).isEqualTo(ENVELOPE);
            } else {
                assertThat(answer.rawBody()).contains("<code>503</code><message>" + MESSAGE + "</message>");
            }
        }
    }

    @Test
    void aWriteBatchIs503AsAWholeNotAnItemFailure() {
        Answer answer = api.postJson("/v1.1/transaction/add", "{\"root\":{\"transaction\":["
                + "{\"type\":\"REGULAR\",\"number\":\"B-1\",\"amount\":\"100\",\"customer\":{\"mobile\":\"919876543210\"}},"
                + "{\"type\":\"REGULAR\",\"number\":\"B-2\",\"amount\":\"100\",\"customer\":{\"external_id\":\""
                + StubWriteUseCases.UNREACHABLE_EXTERNAL_ID + "\"}}]}}");

        assertThat(answer.httpStatus()).isEqualTo(503);
        assertThat(answer.body()).isEqualTo(ENVELOPE);
    }

    @Test
    void theFrameworksOwn503CarriesTheSameMessage() {
        assertThat(StatusMessages.forErrorStatus(503)).isEqualTo(MESSAGE);
    }
}
