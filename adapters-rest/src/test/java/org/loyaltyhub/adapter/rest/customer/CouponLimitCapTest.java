package org.loyaltyhub.adapter.rest.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.StubGetCustomerDetails;

/** {@code coupon_limit} is a page size: up to 1000 is served, more is a 400 that names the parameter. */
@MicronautTest
class CouponLimitCapTest {
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
    void aLimitOfAThousandReachesTheUseCase() {
        Answer answer = api.get("/v1.1/customer/get?mobile=919876543210&coupon_limit=1000");

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(useCase.lastQuery().options().couponFilter().limit()).isEqualTo(1000);
    }

    @Test
    void aLimitAboveAThousandIs400NamingTheParameter() {
        Answer answer = api.get("/v1.1/customer/get?mobile=919876543210&coupon_limit=1001");

        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(answer.requestStatus().path("code").asInt()).isEqualTo(400);
        assertThat(answer.customer(0).path("item_status").path("code").asText()).isEqualTo("400");
        assertThat(answer.customer(0).path("item_status").path("message").asText())
                .isEqualTo("Invalid value '1001' for parameter 'coupon_limit': use a whole number from 0 to 1000");
        assertThat(useCase.lastQuery()).as("the use case is not reached").isNull();
    }
}
