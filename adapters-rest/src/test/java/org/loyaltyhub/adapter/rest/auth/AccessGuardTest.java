package org.loyaltyhub.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.RequestIdFilter;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.StubAuthenticateApiUser;
import org.loyaltyhub.adapter.rest.support.StubGetCustomerDetails;
import org.loyaltyhub.adapter.rest.support.StubWriteUseCases;

/** Access groups: every route names the level it needs on its resource; less is a 403 in the envelope. */
@MicronautTest
class AccessGuardTest {
    private static final String DENIED = "Access denied. Make sure that your API resource has appropriate access "
            + "control permissions.";
    private static final String CUSTOMER = "{\"root\":{\"customer\":{\"mobile\":\"919876543210\"}}}";
    private static final String ASHA = "\"customer\":{\"mobile\":\"919876543210\"}";
    /** Every write route, the resource it needs WRITE on, and a body it accepts. */
    private static final List<Route> WRITES = List.of(
            new Route("/v1.1/customer/add", "CUSTOMER", CUSTOMER),
            new Route("/v1.1/customer/update", "CUSTOMER", CUSTOMER),
            new Route("/v1.1/customer/pii_delete", "CUSTOMER", CUSTOMER),
            new Route("/v1.1/transaction/add", "TRANSACTION",
                    "{\"root\":{\"transaction\":{\"number\":\"B-1\",\"amount\":\"10\"," + ASHA + "}}}"),
            new Route("/v1.1/points/redeem", "POINTS", "{\"root\":{\"redeem\":{\"points_redeemed\":\"10\"," + ASHA + "}}}"),
            new Route("/v1.1/coupon/issue", "COUPON", "{\"root\":{\"coupon\":{\"series_id\":\"9\"," + ASHA + "}}}"),
            new Route("/v1.1/coupon/redeem", "COUPON", "{\"root\":{\"coupon\":{\"code\":\"CHAI-55\"," + ASHA + "}}}"),
            new Route("/v1.1/jobs/daily", "POINTS", "{}"));
    private static final String ANY_BODY = CUSTOMER;

    private record Route(String uri, String resource, String body) {
    }

    @Inject
    @Client("/")
    HttpClient httpClient;

    @Inject
    StubWriteUseCases writes;

    @Inject
    StubGetCustomerDetails lookups;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
        writes.reset();
        lookups.reset();
    }

    @Test
    void aReadOnlyCallerGets403OnEveryWriteRouteNamingWhatItLacks() {
        WRITES.forEach(route -> {
            String uri = route.uri();
            String resource = route.resource();
            Answer answer = api.postAs(uri, "application/json", route.body(),
                    as(StubAuthenticateApiUser.READ_ONLY_USERNAME));

            assertThat(answer.httpStatus()).as(uri).isEqualTo(403);
            assertThat(answer.body()).as(uri).isEqualTo(json("{\"response\":{\"status\":{\"success\":\"false\","
                    + "\"code\":403,\"message\":\"" + DENIED + " POST " + uri + " needs WRITE on " + resource
                    + "; API user till.readonly has READ.\",\"total\":\"0\",\"success_count\":\"0\"}}}"));
            assertThat(answer.header(RequestIdFilter.HEADER)).as(uri).isNotBlank();
        });
        assertThat(writes.calls()).as("no write use case is reached").isEmpty();
    }

    @Test
    void aCallerWithWriteAccessPassesEveryWriteRoute() {
        WRITES.forEach(route -> {
            Answer answer = api.postAs(route.uri(), "application/json", route.body(), ApiClient.validAuthorization());

            assertThat(answer.httpStatus()).as(route.uri()).isEqualTo(200);
        });
        assertThat(writes.calls()).hasSize(WRITES.size());
        assertThat(writes.calls()).as("use cases run on the blocking pool, never on the event loop")
                .allSatisfy(call -> assertThat(call.thread()).doesNotContainIgnoringCase("eventloop"));
    }

    @Test
    void aReadOnlyCallerMayStillReadCustomers() {
        Answer answer = api.getWithAuthorization("/v1.1/customer/get?mobile=919876543210",
                as(StubAuthenticateApiUser.READ_ONLY_USERNAME));

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(answer.customer(0).get("firstname").asText()).isEqualTo("Asha");
    }

    @Test
    void aCallerWithoutReadAccessGets403OnCustomerGet() {
        Answer answer = api.getWithAuthorization("/v1.1/customer/get?mobile=919876543210",
                as(StubAuthenticateApiUser.NO_ACCESS_USERNAME));

        assertThat(answer.httpStatus()).isEqualTo(403);
        assertThat(answer.body()).isEqualTo(json("{\"response\":{\"status\":{\"success\":\"false\",\"code\":403,"
                + "\"message\":\"" + DENIED + " GET /v1.1/customer/get needs READ on CUSTOMER; API user till.none "
                + "has NONE.\",\"total\":\"0\",\"success_count\":\"0\"}}}"));
        assertThat(lookups.lastQuery()).as("the lookup is not run").isNull();
    }

    @Test
    void theRefusalIsInXmlWhenXmlIsAskedFor() {
        Answer answer = api.postAs("/v1.1/points/redeem?format=xml", "application/json", ANY_BODY,
                as(StubAuthenticateApiUser.READ_ONLY_USERNAME));

        assertThat(answer.httpStatus()).isEqualTo(403);
        assertThat(answer.rawBody()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><status>"
                + "<success>false</success><code>403</code><message>" + DENIED + " POST /v1.1/points/redeem needs "
                + "WRITE on POINTS; API user till.readonly has READ.</message><total>0</total>"
                + "<success_count>0</success_count></status></response>");
    }

    @Test
    void writesWithoutCredentialsAre401BeforeAnythingElse() {
        WRITES.forEach(route -> {
            Answer answer = api.postAs(route.uri(), "application/json", route.body(), null);

            assertThat(answer.httpStatus()).as(route.uri()).isEqualTo(401);
            assertThat(answer.requestStatus().get("message").asText())
                    .isEqualTo("Please check your username/password or authentication token");
        });
        assertThat(writes.calls()).isEmpty();
    }

    @Test
    void accessIsCheckedBeforeTheBodyIsRead() {
        Answer answer = api.postAs("/v1.1/customer/add", "application/json", "{not json",
                as(StubAuthenticateApiUser.READ_ONLY_USERNAME));

        assertThat(answer.httpStatus()).isEqualTo(403);
    }

    private static String as(String username) {
        return ApiClient.basic(username, StubAuthenticateApiUser.md5Hex(StubAuthenticateApiUser.PASSWORD));
    }
}
