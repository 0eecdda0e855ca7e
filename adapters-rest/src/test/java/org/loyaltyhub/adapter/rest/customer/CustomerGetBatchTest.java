package org.loyaltyhub.adapter.rest.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.fieldNames;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;

/** Batches: one entry per requested value, and a request status that follows how many were found. */
@MicronautTest
class CustomerGetBatchTest {
    private static final String NOT_FOUND_STATUS = "{\"success\":\"false\",\"code\":\"1012\","
            + "\"message\":\"Cannot find customer with the provided mobile number/external ID/e-mail ID.\","
            + "\"warnings\":{\"warning\":[]}}";
    private static final String INVALID_STATUS = "{\"success\":\"false\",\"code\":\"1042\","
            + "\"message\":\"Invalid mobile no/email id/external id\",\"warnings\":{\"warning\":[]}}";
    private static final String EMPTY_STATUS = "{\"success\":\"false\",\"code\":\"400\","
            + "\"message\":\"Input is invalid, Please check request parameters or input xml/json\","
            + "\"warnings\":{\"warning\":[]}}";

    @Inject
    @Client("/")
    HttpClient httpClient;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
    }

    @Test
    void everyValueFoundIs200WithOneEntryPerValueDuplicatesIncluded() {
        Answer answer = api.get("/v1.1/customer/get?mobile=919876543210,919876543210");

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(answer.requestStatus()).isEqualTo(json(
                "{\"success\":\"true\",\"code\":200,\"message\":\"Success\",\"total\":\"2\",\"success_count\":\"2\"}"));
        assertThat(answer.customers()).hasSize(2);
        assertThat(answer.customer(1).get("firstname").asText()).isEqualTo("Asha");
    }

    @Test
    void someFoundIs201AndTheFailedEntryHoldsOnlyTheIdentifierAskedFor() {
        Answer answer = api.get("/v1.1/customer/get?mobile=0000000000,919876543210");

        assertThat(answer.httpStatus()).isEqualTo(201);
        assertThat(answer.requestStatus()).isEqualTo(json("{\"success\":\"false\",\"code\":201,"
                + "\"message\":\"Some requests have failed due to errors\",\"total\":\"2\",\"success_count\":\"1\"}"));
        // Request order is kept: the failed value first, then the found one.
        assertThat(answer.customer(0)).isEqualTo(json("{\"mobile\":\"0000000000\",\"item_status\":" + NOT_FOUND_STATUS + "}"));
        assertThat(fieldNames(answer.customer(0))).containsExactly("mobile", "item_status");
        assertThat(answer.customer(1).get("mobile").asText()).isEqualTo("919876543210");
    }

    @Test
    void noneFoundIs500WithACodePerKindOfFailure() {
        Answer answer = api.get("/v1.1/customer/get?mobile=12ab,,0000000000");

        assertThat(answer.httpStatus()).isEqualTo(500);
        assertThat(answer.requestStatus()).isEqualTo(json("{\"success\":\"false\",\"code\":500,"
                + "\"message\":\"All requests have failed due to errors\",\"total\":\"3\",\"success_count\":\"0\"}"));
        assertThat(answer.customer(0)).isEqualTo(json("{\"mobile\":\"12ab\",\"item_status\":" + INVALID_STATUS + "}"));
        // An empty value has nothing to echo (spec's worked example).
        assertThat(answer.customer(1)).isEqualTo(json("{\"item_status\":" + EMPTY_STATUS + "}"));
        assertThat(answer.customer(2)).isEqualTo(json("{\"mobile\":\"0000000000\",\"item_status\":" + NOT_FOUND_STATUS + "}"));
    }

    @Test
    void failedEntriesEchoTheirOwnIdentifierName() {
        assertThat(api.get("/v1.1/customer/get?id=999").customer(0))
                .isEqualTo(json("{\"id\":\"999\",\"item_status\":" + NOT_FOUND_STATUS + "}"));
        assertThat(api.get("/v1.1/customer/get?email=not-an-email").customer(0))
                .isEqualTo(json("{\"email\":\"not-an-email\",\"item_status\":" + INVALID_STATUS + "}"));
        assertThat(api.get("/v1.1/customer/get?external_id=NOPE-1").customer(0))
                .isEqualTo(json("{\"external_id\":\"NOPE-1\",\"item_status\":" + NOT_FOUND_STATUS + "}"));
        assertThat(api.get("/v1.1/customer/get?card_number=CARD-1").customer(0))
                .isEqualTo(json("{\"card_number\":\"CARD-1\",\"item_status\":" + NOT_FOUND_STATUS + "}"));
        assertThat(api.get("/v1.1/customer/get?card_external_id=CX-1").customer(0))
                .isEqualTo(json("{\"card_external_id\":\"CX-1\",\"item_status\":" + NOT_FOUND_STATUS + "}"));
    }

    @Test
    void eachIdentifierTypeFindsItsCustomer() {
        assertThat(api.get("/v1.1/customer/get?id=101").customer(0).get("firstname").asText()).isEqualTo("Asha");
        assertThat(api.get("/v1.1/customer/get?email=asha@example.com").customer(0).get("firstname").asText())
                .isEqualTo("Asha");
    }
}
