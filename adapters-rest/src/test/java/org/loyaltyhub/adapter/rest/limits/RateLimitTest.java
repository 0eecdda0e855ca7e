package org.loyaltyhub.adapter.rest.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.RequestIdFilter;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.StubAuthenticateApiUser;
import org.loyaltyhub.adapter.rest.support.StubGetCustomerDetails;

/**
 * Three requests per minute per API user: the fourth is 429 in the envelope with Retry-After, and another
 * user is not affected. The limit is per context, so each test uses its own users.
 */
@MicronautTest
@Property(name = "loyaltyhub.rate-limit.requests-per-minute", value = "3")
class RateLimitTest {
    private static final String URI = "/v1.1/customer/get?mobile=919876543210";

    @Inject
    @Client("/")
    HttpClient httpClient;

    @Inject
    StubGetCustomerDetails useCase;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
        useCase.reset();
    }

    @Test
    void theRequestAfterTheLimitIs429WithRetryAfterAndOtherUsersGoOn() {
        String till = auth(StubAuthenticateApiUser.USERNAME);
        for (int i = 1; i <= 3; i++) {
            assertThat(api.getWithAuthorization(URI, till).httpStatus()).as("request " + i).isEqualTo(200);
        }
        useCase.reset();

        Answer refused = api.getWithAuthorization(URI, till);

        assertThat(refused.httpStatus()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.header(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.requestStatus().path("code").asInt()).isEqualTo(429);
        assertThat(refused.requestStatus().path("success").asText()).isEqualTo("false");
        assertThat(refused.requestStatus().path("message").asText()).isEqualTo("Too many requests: API user "
                + "till.mumbai may send at most 3 requests per minute; retry after " + retryAfter + " s");
        assertThat(refused.header(RequestIdFilter.HEADER)).isNotBlank();
        assertThat(useCase.lastQuery()).as("the use case is not reached").isNull();

        assertThat(api.getWithAuthorization(URI, auth(StubAuthenticateApiUser.READ_ONLY_USERNAME)).httpStatus())
                .as("another API user has its own limit").isEqualTo(200);
    }

    @Test
    void the429ComesInXmlWhenXmlWasAskedFor() {
        // till.none may read nothing (403), but its requests count all the same: the limit comes first.
        String none = auth(StubAuthenticateApiUser.NO_ACCESS_USERNAME);
        for (int i = 1; i <= 3; i++) {
            api.getWithAuthorization(URI, none);
        }

        Answer refused = api.getWithAuthorization(URI + "&format=xml", none);

        assertThat(refused.httpStatus()).isEqualTo(429);
        assertThat(refused.header(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(refused.rawBody()).startsWith("<?xml").contains("<code>429</code>")
                .contains("<message>Too many requests: API user till.none may send at most 3 requests per minute");
    }

    @Test
    void failedLoginsAreNotCounted() {
        String wrong = ApiClient.basic("till.unknown", StubAuthenticateApiUser.md5Hex("guess"));
        for (int i = 1; i <= 5; i++) {
            assertThat(api.getWithAuthorization(URI, wrong).httpStatus()).isEqualTo(401);
        }
    }

    private static String auth(String username) {
        return ApiClient.basic(username, StubAuthenticateApiUser.md5Hex(StubAuthenticateApiUser.PASSWORD));
    }
}
