package org.loyaltyhub.adapter.rest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.application.port.in.write.WriteRefusal;

/**
 * Every refusal a write use case can answer, met at an endpoint of each family, carries the item code and
 * text docs/api/writes.md lists for it; the use case's own words follow the text.
 */
@MicronautTest
class RefusalCodesTest {
    /** The code every family answers unless it has its own, with the fixed text. */
    private static final Map<WriteRefusal, String> COMMON = new EnumMap<>(Map.ofEntries(
            Map.entry(WriteRefusal.INVALID_INPUT, "400 Input is invalid"),
            Map.entry(WriteRefusal.CUSTOMER_NOT_FOUND,
                    "1012 Cannot find customer with the provided mobile number/external ID/e-mail ID"),
            Map.entry(WriteRefusal.CUSTOMER_ERASED, "8109 Customer is deleted after PII delete request"),
            Map.entry(WriteRefusal.IDENTIFIER_CONFLICT, "1016 Identifier already belongs to another customer"),
            Map.entry(WriteRefusal.DUPLICATE_TRANSACTION, "604 Duplicate transaction number"),
            Map.entry(WriteRefusal.UNKNOWN_STORE, "671 Invalid store/till code passed"),
            Map.entry(WriteRefusal.UNKNOWN_TILL, "671 Invalid store/till code passed"),
            Map.entry(WriteRefusal.UNKNOWN_PROGRAM, "400 Invalid program_id"),
            Map.entry(WriteRefusal.UNKNOWN_BILL, "625 Parent Bill Number for the return transaction does not exist"),
            Map.entry(WriteRefusal.TIME_OUT_OF_ORDER, "400 Time is out of order"),
            Map.entry(WriteRefusal.NOT_LOYALTY, "1013 Customer is not registered for the loyalty program"),
            Map.entry(WriteRefusal.INSUFFICIENT_POINTS,
                    "803 Unable to redeem. The points you are trying to redeem is more than the available points"),
            Map.entry(WriteRefusal.FRAUD_BLOCKED, "618 Not allowed - customer is marked as fraud"),
            Map.entry(WriteRefusal.UNKNOWN_COUPON_SERIES, "707 Coupon series id is invalid"),
            Map.entry(WriteRefusal.COUPON_LIMIT_REACHED, "722 Unable to issue coupon"),
            Map.entry(WriteRefusal.COUPON_NOT_FOUND, "719 Coupon code does not exist"),
            Map.entry(WriteRefusal.COUPON_NOT_OWNED, "703 Coupon not issued to this customer"),
            Map.entry(WriteRefusal.COUPON_EXPIRED, "713 Coupon has expired"),
            Map.entry(WriteRefusal.COUPON_USED_UP, "711 Coupon is redeemed already"),
            Map.entry(WriteRefusal.COUPON_RESTRICTED, "710 Coupon cannot be redeemed at this till or store")));
    private static final Map<WriteRefusal, String> CUSTOMER = Map.of(
            WriteRefusal.UNKNOWN_STORE, "1004 Failed to populate store",
            WriteRefusal.UNKNOWN_TILL, "1004 Failed to populate store");
    private static final Map<WriteRefusal, String> TRANSACTION = Map.of(
            WriteRefusal.TIME_OUT_OF_ORDER, "644 Invalid transaction time");
    private static final Map<WriteRefusal, String> POINTS = Map.of(
            WriteRefusal.CUSTOMER_NOT_FOUND, "816 Customer not found for organization",
            WriteRefusal.NOT_LOYALTY, "686 Customer has not enrolled in the loyalty program. Points redemption is "
                    + "not applicable",
            WriteRefusal.FRAUD_BLOCKED, "809 Unable to process. Customer is marked as fraud",
            WriteRefusal.UNKNOWN_BILL, "811 The transaction number entered to redeem points is invalid");
    private static final Map<WriteRefusal, String> COUPON = Map.of(
            WriteRefusal.CUSTOMER_NOT_FOUND, "701 Unable to find the customer",
            WriteRefusal.NOT_LOYALTY, "721 Unable to issue/redeem coupon. Customer is invalid");

    @Inject
    @Client("/")
    HttpClient httpClient;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
    }

    @ParameterizedTest
    @EnumSource(WriteRefusal.class)
    void customerEndpoints(WriteRefusal refusal) {
        String customer = "{\"external_id\":\"refuse-" + refusal + "\"}";
        for (String uri : new String[] {"/v1.1/customer/add", "/v1.1/customer/update", "/v1.1/customer/pii_delete"}) {
            assertRefused(api.postJson(uri, "{\"root\":{\"customer\":" + customer + "}}"), "customers", "customer",
                    refusal, CUSTOMER);
        }
    }

    @ParameterizedTest
    @EnumSource(WriteRefusal.class)
    void transactionAdd(WriteRefusal refusal) {
        assertRefused(api.postJson("/v1.1/transaction/add", "{\"root\":{\"transaction\":{\"number\":\"B-1\","
                + "\"amount\":\"10\",\"customer\":{\"external_id\":\"refuse-" + refusal + "\"}}}}"),
                "transactions", "transaction", refusal, TRANSACTION);
    }

    @ParameterizedTest
    @EnumSource(WriteRefusal.class)
    void pointsRedeem(WriteRefusal refusal) {
        assertRefused(api.postJson("/v1.1/points/redeem", "{\"root\":{\"redeem\":{\"points_redeemed\":\"10\","
                + "\"customer\":{\"external_id\":\"refuse-" + refusal + "\"}}}}"),
                "responses", "points", refusal, POINTS);
    }

    @ParameterizedTest
    @EnumSource(WriteRefusal.class)
    void couponEndpoints(WriteRefusal refusal) {
        String customer = "\"customer\":{\"external_id\":\"refuse-" + refusal + "\"}";
        assertRefused(api.postJson("/v1.1/coupon/issue", "{\"root\":{\"coupon\":{\"series_id\":\"9\"," + customer + "}}}"),
                "coupons", "coupon", refusal, COUPON);
        assertRefused(api.postJson("/v1.1/coupon/redeem", "{\"root\":{\"coupon\":{\"code\":\"CHAI-55\"," + customer + "}}}"),
                "coupons", "coupon", refusal, COUPON);
    }

    @Test
    void everyRefusalHasACodeInEveryFamily() {
        for (Family family : Family.values()) {
            for (WriteRefusal refusal : WriteRefusal.values()) {
                assertThat(family.codeFor(refusal).code()).as(family + " " + refusal).matches("[0-9]{3,4}");
            }
        }
    }

    private static void assertRefused(Answer answer, String container, String item, WriteRefusal refusal,
                                      Map<WriteRefusal, String> family) {
        String expected = family.getOrDefault(refusal, COMMON.get(refusal));
        int space = expected.indexOf(' ');
        assertThat(answer.httpStatus()).as(refusal.toString()).isEqualTo(500);
        assertThat(answer.entries(container, item).get(0).get("item_status")).as(refusal.toString())
                .isEqualTo(json("{\"success\":\"false\",\"code\":\"" + expected.substring(0, space) + "\","
                        + "\"message\":" + ApiClient.quoted(expected.substring(space + 1) + ": stub says " + refusal)
                        + ",\"warnings\":{\"warning\":[]}}"));
    }
}
