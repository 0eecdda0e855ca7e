package org.loyaltyhub.adapter.rest.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.fieldNames;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
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

/** The shape of a found customer, field by field, as Capillary clients parse it. */
@MicronautTest
class CustomerGetJsonTest {
    @Inject
    @Client("/")
    HttpClient httpClient;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
    }

    @Test
    void envelopeHasTheStatusTypesClientsDependOn() {
        Answer answer = api.get("/v1.1/customer/get?mobile=919876543210");

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(answer.header(RequestIdFilter.HEADER)).isNotBlank();
        assertThat(fieldNames(answer.body())).containsExactly("response");
        assertThat(fieldNames(answer.body().get("response"))).containsExactly("status", "customers");
        // code is a number; total and success_count are strings; success is the string "true".
        assertThat(answer.body().at("/response/status")).isEqualTo(json(
                "{\"success\":\"true\",\"code\":200,\"message\":\"Success\",\"total\":\"1\",\"success_count\":\"1\"}"));
        assertThat(fieldNames(answer.body().at("/response/status")))
                .containsExactly("success", "code", "message", "total", "success_count");
        assertThat(answer.body().at("/response/status/code").isInt()).isTrue();
        assertThat(answer.customers().isArray()).isTrue();
        assertThat(answer.customers()).hasSize(1);
    }

    @Test
    void foundCustomerHasCapillaryFieldsInCapillaryOrder() {
        JsonNode customer = api.get("/v1.1/customer/get?mobile=919876543210").customer(0);

        assertThat(fieldNames(customer)).containsExactly(
                "firstname", "lastname", "mobile", "email", "external_id", "lifetime_points",
                "lifetime_purchases", "loyalty_points", "current_slab", "registered_on", "updated_on", "type",
                "source", "identifiers", "gender", "registered_by", "registered_store", "registered_till",
                "user_groups2", "fraud_details", "trackers", "current_nps_status", "custom_fields",
                "extended_fields", "transactions", "coupons", "notes", "points_summaries", "item_status");
    }

    @Test
    void profileValuesHaveTheirWireTypes() {
        JsonNode customer = api.get("/v1.1/customer/get?mobile=919876543210").customer(0);

        assertThat(customer.get("firstname").asText()).isEqualTo("Asha");
        assertThat(customer.get("lastname").asText()).isEqualTo("Rao");
        assertThat(customer.get("mobile").asText()).isEqualTo("919876543210");
        assertThat(customer.get("email").asText()).isEqualTo("asha@example.com");
        assertThat(customer.get("external_id").isNull()).as("absent external id is null").isTrue();
        assertThat(customer.get("current_slab").asText()).isEqualTo("Silver");
        assertThat(customer.get("type").asText()).isEqualTo("LOYALTY");
        assertThat(customer.get("source").asText()).isEqualTo("instore");
        assertThat(customer.get("identifiers")).isEqualTo(json("[]"));
        assertThat(customer.get("gender").asText()).isEqualTo("Female");
        assertThat(customer.get("registered_by").asText()).isEqualTo("till.mumbai");
        assertThat(customer.get("registered_store"))
                .isEqualTo(json("{\"code\":\"store.mumbai\",\"name\":\"Mumbai Central\"}"));
        assertThat(customer.get("registered_till"))
                .isEqualTo(json("{\"code\":\"till.mumbai\",\"name\":\"Mumbai Till 1\"}"));
        assertThat(customer.get("user_groups2")).isEqualTo(json("[]"));
        assertThat(customer.get("fraud_details")).isEqualTo(json("{\"status\":\"MARKED\",\"marked_by\":\"till.mumbai\","
                + "\"modified_on\":\"2024-01-10 11:30:00\",\"reason\":\"Too many returns\"}"));
        assertThat(fieldNames(customer.get("fraud_details"))).containsExactly("status", "marked_by", "modified_on", "reason");
        assertThat(customer.get("trackers").isTextual()).isTrue();
        assertThat(customer.get("trackers").asText()).isEmpty();
        assertThat(customer.get("current_nps_status").isNull()).isTrue();
        assertThat(customer.get("item_status")).isEqualTo(json("{\"success\":\"true\",\"code\":\"1000\","
                + "\"message\":\"Customer successfully retrieved\",\"warnings\":{\"warning\":[]}}"));
        assertThat(fieldNames(customer.get("item_status"))).containsExactly("success", "code", "message", "warnings");
    }

    @Test
    void figuresAreJsonNumbersWithoutTrailingZeros() {
        Answer answer = api.get("/v1.1/customer/get?mobile=919876543210");
        JsonNode customer = answer.customer(0);

        assertThat(customer.get("lifetime_points").isNumber()).isTrue();
        assertThat(customer.get("lifetime_purchases").isNumber()).isTrue();
        assertThat(customer.get("loyalty_points").isNumber()).isTrue();
        // Checked on the raw text: 27000 must not come out as 27000.000, and 26447.104 must stay exact.
        assertThat(answer.rawBody())
                .contains("\"lifetime_points\":27000,")
                .contains("\"lifetime_purchases\":9786.5,")
                .contains("\"loyalty_points\":26447.104,");
    }

    @Test
    void timesAreShownInTheOrgsZoneAndDatesPlain() {
        JsonNode customer = api.get("/v1.1/customer/get?mobile=919876543210").customer(0);

        // Stored 2023-04-05T11:37:23Z; Asia/Kolkata is UTC+05:30.
        assertThat(customer.get("registered_on").asText()).isEqualTo("2023-04-05 17:07:23");
        // Stored 2024-01-31T20:00:00Z: already the next day in Kolkata.
        assertThat(customer.get("updated_on").asText()).isEqualTo("2024-02-01 01:30:00");
        assertThat(customer.at("/coupons/coupon/0/valid_till").asText()).isEqualTo("2024-12-31");
    }

    @Test
    void sectionsAreContainersWithSingularArrays() {
        JsonNode customer = api.get("/v1.1/customer/get?mobile=919876543210").customer(0);

        assertThat(customer.get("custom_fields"))
                .isEqualTo(json("{\"field\":[{\"name\":\"favourite_drink\",\"value\":\"masala chai\"}]}"));
        assertThat(customer.get("extended_fields")).isEqualTo(json(
                "{\"field\":[{\"name\":\"gender\",\"value\":\"Female\"},{\"name\":\"city\",\"value\":\"Mumbai\"}]}"));
        assertThat(customer.get("notes")).isEqualTo(json(
                "{\"note\":[{\"date\":\"2023-06-01 10:00:00\",\"created_by\":\"till.mumbai\",\"description\":\"Prefers SMS\"}]}"));
        assertThat(customer.get("points_summaries")).as("empty unless mlp=true")
                .isEqualTo(json("{\"points_summary\":[]}"));
    }

    @Test
    void transactionRowCarriesStringsAndTheTillAsStore() {
        JsonNode transactions = api.get("/v1.1/customer/get?mobile=919876543210").customer(0).get("transactions");

        assertThat(fieldNames(transactions)).containsExactly("transaction");
        JsonNode row = transactions.get("transaction").get(0);
        assertThat(row).isEqualTo(json("{\"id\":\"373930882\",\"number\":\"numtest-1239\",\"type\":\"REGULAR\","
                + "\"created_date\":\"2023-04-05 17:07:23\",\"store\":\"till.mumbai\",\"amount\":\"1200\","
                + "\"store_code\":\"store.mumbai\",\"points\":\"120\"}"));
        assertThat(fieldNames(row)).containsExactly(
                "id", "number", "type", "created_date", "store", "amount", "store_code", "points");
    }

    @Test
    void couponRowSaysRedeemedAsAString() {
        JsonNode coupons = api.get("/v1.1/customer/get?mobile=919876543210").customer(0).get("coupons");

        assertThat(fieldNames(coupons)).containsExactly("coupon");
        JsonNode row = coupons.get("coupon").get(0);
        assertThat(row).isEqualTo(json("{\"id\":\"55\",\"series_id\":\"9\",\"code\":\"CHAI-55\","
                + "\"description\":\"10% off any drink\",\"created_date\":\"2024-02-02 00:30:00\","
                + "\"valid_till\":\"2024-12-31\",\"redeemed\":\"true\",\"same_user_multiple_redeem\":\"false\","
                + "\"status\":\"redeemed\"}"));
        assertThat(fieldNames(row)).containsExactly("id", "series_id", "code", "description", "created_date",
                "valid_till", "redeemed", "same_user_multiple_redeem", "status");
    }

    @Test
    void nonLoyaltyCustomerHasZeroFiguresAndNullsWhereDataIsAbsent() {
        Answer answer = api.get("/v1.1/customer/get?external_id=EXT-102");
        JsonNode customer = answer.customer(0);

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(customer.get("external_id").asText()).isEqualTo("EXT-102");
        assertThat(customer.get("mobile").isNull()).isTrue();
        assertThat(customer.get("email").isNull()).isTrue();
        assertThat(customer.get("gender").isNull()).isTrue();
        assertThat(customer.get("current_slab").isNull()).isTrue();
        assertThat(customer.get("type").asText()).isEqualTo("NON_LOYALTY");
        assertThat(answer.rawBody())
                .contains("\"lifetime_points\":0,")
                .contains("\"lifetime_purchases\":0,")
                .contains("\"loyalty_points\":0,");
        // The store is gone: its code as registered, no name. No till was recorded at all.
        assertThat(customer.get("registered_store")).isEqualTo(json("{\"code\":\"store.gone\",\"name\":null}"));
        assertThat(customer.get("registered_till")).isEqualTo(json("{\"code\":null,\"name\":null}"));
        assertThat(customer.get("fraud_details")).isEqualTo(json(
                "{\"status\":\"NONE\",\"marked_by\":null,\"modified_on\":null,\"reason\":null}"));
        assertThat(customer.get("transactions")).isEqualTo(json("{\"transaction\":[]}"));
        assertThat(customer.get("coupons")).isEqualTo(json("{\"coupon\":[]}"));
    }

    @Test
    void everyFieldOfTheFoundCustomerIsPresentEvenWhenNull() {
        JsonNode customer = api.get("/v1.1/customer/get?external_id=EXT-102").customer(0);

        assertThat(fieldNames(customer)).hasSize(29).containsAll(List.of("external_id", "gender", "current_nps_status"));
    }
}
