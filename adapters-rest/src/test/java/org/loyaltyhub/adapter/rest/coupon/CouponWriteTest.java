package org.loyaltyhub.adapter.rest.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.StubWriteUseCases;
import org.loyaltyhub.adapter.rest.support.StubWriteUseCases.Issue;
import org.loyaltyhub.application.port.in.write.CouponRedemptionCommand;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.IdentifierType;

/** coupon/issue and coupon/redeem: what reaches the use cases and the coupon each answer shows. */
@MicronautTest
class CouponWriteTest {
    private static final String ISSUE = "/v1.1/coupon/issue";
    private static final String REDEEM = "/v1.1/coupon/redeem";
    private static final CustomerRef ASHA = new CustomerRef(IdentifierType.MOBILE, "919876543210");

    @Inject
    @Client("/")
    HttpClient httpClient;

    @Inject
    StubWriteUseCases useCases;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
        useCases.reset();
    }

    @Test
    void issueMakesACouponOfTheSeriesForTheCustomer() {
        Answer answer = api.postJson(ISSUE, "{\"root\":{\"coupon\":{\"series_id\":\"9\","
                + "\"customer\":{\"mobile\":\"919876543210\"}}}}");

        assertThat(useCases.only(Issue.class)).isEqualTo(new Issue(ASHA, new SeriesId(9)));
        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(answer.entries("coupons", "coupon").get(0)).isEqualTo(json("""
                {"id": "56", "code": "CHAI-56", "series_id": "9", "description": "10% off any drink",
                 "discount_code": "CHAI10", "discount_type": "PERC", "discount_value": "10",
                 "created_date": "2026-11-25 12:00:00", "valid_till": "2026-12-31", "redeemed": "false",
                 "redemptions_left": "2",
                 "customer": {"user_id": "101", "mobile": "919876543210", "email": "asha@example.com",
                              "external_id": null, "firstname": "Asha", "lastname": "Rao", "type": "LOYALTY",
                              "loyalty_points": null, "lifetime_points": null, "current_slab": null,
                              "tier_expiry_date": null},
                 "item_status": {"success": "true", "code": "700", "message": "Coupon issued successfully",
                                 "warnings": {"warning": []}}}"""));
    }

    @Test
    void issueFromXmlInABatch() {
        Answer answer = api.postXml(ISSUE, "<root><coupon><series_id>9</series_id><customer><id>101</id></customer>"
                + "</coupon><coupon><series_id>12</series_id><customer><external_id>EXT-102</external_id></customer>"
                + "</coupon></root>");

        assertThat(useCases.commands(Issue.class)).containsExactly(
                new Issue(new CustomerRef(IdentifierType.ID, "101"), new SeriesId(9)),
                new Issue(new CustomerRef(IdentifierType.EXTERNAL_ID, "EXT-102"), new SeriesId(12)));
        assertThat(answer.requestStatus().get("success_count").asText()).isEqualTo("2");
    }

    @Test
    void aMissingOrMalformedSeriesIs707AndAMissingCustomer701() {
        Answer answer = api.postJson(ISSUE, "{\"root\":{\"coupon\":[{\"customer\":{\"mobile\":\"919876543210\"}},"
                + "{\"series_id\":\"nine\",\"customer\":{\"mobile\":\"919876543210\"}},{\"series_id\":\"9\"}]}}");

        JsonNode entries = answer.entries("coupons", "coupon");
        assertThat(entries.get(0).get("item_status")).isEqualTo(json("{\"success\":\"false\",\"code\":\"707\","
                + "\"message\":\"Coupon series id is invalid: series_id is required\",\"warnings\":{\"warning\":[]}}"));
        assertThat(entries.get(1).at("/item_status/message").asText())
                .isEqualTo("series_id: 'nine' is not a positive whole number");
        assertThat(entries.get(1).at("/item_status/code").asText()).isEqualTo("707");
        assertThat(entries.get(2)).isEqualTo(json("{\"series_id\":\"9\",\"item_status\":{\"success\":\"false\","
                + "\"code\":\"701\",\"message\":\"Unable to find the customer. Please enter correct mobile number/"
                + "email id/external id: no customer identifier given: send one of id, mobile, email, external_id\","
                + "\"warnings\":{\"warning\":[]}}}"));
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void redeemUsesTheCouponOnTheBillCapillaryNames() {
        Answer answer = api.postJson(REDEEM, "{\"root\":{\"coupon\":[{\"code\":\"CHAI-55\","
                + "\"customer\":{\"mobile\":\"919876543210\"},\"transaction\":{\"number\":\"B-77\",\"amount\":\"500\"}}]}}");

        assertThat(useCases.only(CouponRedemptionCommand.class)).isEqualTo(new CouponRedemptionCommand("CHAI-55",
                ASHA, "B-77", new BigDecimal("500"), null));
        JsonNode entry = answer.entries("coupons", "coupon").get(0);
        assertThat(entry.get("code").asText()).isEqualTo("CHAI-55");
        assertThat(entry.get("created_date").asText()).isEqualTo("2024-02-02 00:30:00");
        assertThat(entry.get("redemptions_left").asText()).isEqualTo("1");
        assertThat(entry.get("redeemed").asText()).isEqualTo("false");
        assertThat(entry.get("transaction")).isEqualTo(json("{\"number\":\"B-77\",\"amount\":\"500\"}"));
        assertThat(entry.get("item_status")).isEqualTo(json("{\"success\":\"true\",\"code\":\"700\","
                + "\"message\":\"Coupon redeemed successfully\",\"warnings\":{\"warning\":[]}}"));
    }

    @Test
    void redeemFromXmlWithAFlatBillAndATime() {
        api.postXml(REDEEM, "<root><coupon><code> CHAI-55 </code><bill_number>B-78</bill_number>"
                + "<bill_amount>120.50</bill_amount><redemption_time>2026-11-24 09:00:00</redemption_time>"
                + "<customer><mobile>919876543210</mobile></customer></coupon></root>");

        assertThat(useCases.only(CouponRedemptionCommand.class)).isEqualTo(new CouponRedemptionCommand("CHAI-55",
                ASHA, "B-78", new BigDecimal("120.50"), java.time.Instant.parse("2026-11-24T03:30:00Z")));
    }

    @Test
    void aMissingCodeIs702AndABatchKeepsGoing() {
        Answer answer = api.postJson(REDEEM, "{\"root\":{\"coupon\":[{\"customer\":{\"mobile\":\"919876543210\"}},"
                + "{\"code\":\"CHAI-55\",\"customer\":{\"mobile\":\"919876543210\"}}]}}");

        assertThat(answer.httpStatus()).isEqualTo(201);
        JsonNode entries = answer.entries("coupons", "coupon");
        assertThat(entries.get(0)).isEqualTo(json("{\"customer\":{\"mobile\":\"919876543210\"},\"item_status\":"
                + "{\"success\":\"false\",\"code\":\"702\",\"message\":\"Coupon code is invalid: code is required\","
                + "\"warnings\":{\"warning\":[]}}}"));
        assertThat(entries.get(1).at("/item_status/code").asText()).isEqualTo("700");
        assertThat(entries.get(1).has("transaction")).as("no bill given, none shown").isFalse();
    }
}
