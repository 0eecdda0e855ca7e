package org.loyaltyhub.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.RequestIdFilter;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.StubAuthenticateApiUser;
import org.loyaltyhub.adapter.rest.support.StubGetCustomerDetails;

/** Basic credentials over the whole of /v1.1, and one answer for every way of getting them wrong. */
@MicronautTest
class BasicAuthenticationTest {
    private static final String URI = "/v1.1/customer/get?mobile=919876543210";
    private static final String UNAUTHORIZED = "{\"response\":{\"status\":{\"success\":\"false\",\"code\":401,"
            + "\"message\":\"Please check your username/password or authentication token\","
            + "\"total\":\"0\",\"success_count\":\"0\"}}}";

    @Inject
    @Client("/")
    HttpClient httpClient;

    @Inject
    StubGetCustomerDetails useCase;

    @Inject
    StubAuthenticateApiUser authenticateApiUser;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
        useCase.reset();
    }

    @Test
    void validCredentialsReachTheUseCaseOnTheCallersBehalf() {
        Answer answer = api.getWithAuthorization(URI, ApiClient.validAuthorization());

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(useCase.lastQuery().orgId()).isEqualTo(StubAuthenticateApiUser.CALLER.orgId());
    }

    @Test
    void schemeNameIsCaseInsensitive() {
        String lowerCase = ApiClient.validAuthorization().replace("Basic ", "basic ");

        assertThat(api.getWithAuthorization(URI, lowerCase).httpStatus()).isEqualTo(200);
    }

    @Test
    void credentialsAreCheckedOffTheEventLoop() {
        api.getWithAuthorization(URI, ApiClient.validAuthorization());

        assertThat(authenticateApiUser.lastThread()).isNotNull().doesNotContainIgnoringCase("eventloop");
    }

    @Test
    void missingCredentialsAre401InTheEnvelope() {
        Answer answer = api.getWithAuthorization(URI, null);

        assertUnauthorized(answer);
        assertThat(answer.header(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"LoyaltyHub\"");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Answer wrongPassword = api.getWithAuthorization(URI,
                ApiClient.basic(StubAuthenticateApiUser.USERNAME, StubAuthenticateApiUser.md5Hex("guess")));
        Answer unknownUser = api.getWithAuthorization(URI,
                ApiClient.basic("till.nowhere", StubAuthenticateApiUser.md5Hex(StubAuthenticateApiUser.PASSWORD)));

        assertUnauthorized(wrongPassword);
        assertUnauthorized(unknownUser);
        assertThat(wrongPassword.rawBody()).isEqualTo(unknownUser.rawBody());
    }

    @Test
    void plainPasswordInsteadOfItsMd5IsRefused() {
        assertUnauthorized(api.getWithAuthorization(URI,
                ApiClient.basic(StubAuthenticateApiUser.USERNAME, StubAuthenticateApiUser.PASSWORD)));
    }

    @Test
    void malformedHeadersAre401() {
        String noColon = "Basic " + Base64.getEncoder().encodeToString("till.mumbai".getBytes(StandardCharsets.UTF_8));

        assertUnauthorized(api.getWithAuthorization(URI, "Basic !!!not-base64!!!"));
        assertUnauthorized(api.getWithAuthorization(URI, noColon));
        assertUnauthorized(api.getWithAuthorization(URI, "Bearer abc.def.ghi"));
        assertUnauthorized(api.getWithAuthorization(URI, "Basic "));
    }

    @Test
    void unknownRoutesUnderV11AskForCredentialsFirst() {
        assertUnauthorized(api.getWithAuthorization("/v1.1/customer/nothing-here", null));
    }

    private void assertUnauthorized(Answer answer) {
        assertThat(answer.httpStatus()).isEqualTo(401);
        assertThat(answer.body()).isEqualTo(json(UNAUTHORIZED));
        assertThat(answer.header(RequestIdFilter.HEADER)).isNotBlank();
        assertThat(useCase.lastQuery()).as("the use case is not reached").isNull();
    }
}
