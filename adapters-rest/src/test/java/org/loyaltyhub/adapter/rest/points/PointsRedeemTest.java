package org.loyaltyhub.adapter.rest.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.fieldNames;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.StubWriteUseCases;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.PointsRedemptionCommand;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.program.ProgramId;

/** points/redeem: the redemption as a command, and the redemption id and balance in the answer. */
@MicronautTest
class PointsRedeemTest {
    private static final String REDEEM = "/v1.1/points/redeem";

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
    void aRedemptionAsCapillarySendsItWithTheProgramInTheQuery() {
        Answer answer = api.postJson(REDEEM + "?program_id=1", """
                {"root": {"redeem": [{"points_redeemed": "100", "transaction_number": "B-1001",
                  "customer": {"mobile": "919876543210"}, "validation_code": "ignored"}]}}""");

        assertThat(useCases.only(PointsRedemptionCommand.class)).isEqualTo(new PointsRedemptionCommand(
                new CustomerRef(IdentifierType.MOBILE, "919876543210"), new BigDecimal("100"), new ProgramId(1),
                "B-1001", null));
        assertThat(answer.httpStatus()).isEqualTo(200);
        JsonNode entry = answer.entries("responses", "points").get(0);
        assertThat(entry).isEqualTo(json("""
                {"customer": {"user_id": "101", "mobile": "919876543210", "email": "asha@example.com",
                              "external_id": null, "firstname": "Asha", "lastname": "Rao", "type": "LOYALTY",
                              "loyalty_points": "26347.104", "lifetime_points": "27000", "current_slab": "Silver",
                              "tier_expiry_date": null},
                 "points_redeemed": "100", "transaction_number": "B-1001", "redemption_id": "9001",
                 "program_id": "1", "balance": "26347.104",
                 "item_status": {"success": "true", "code": "800", "message": "Points redeemed successfully",
                                 "warnings": {"warning": []}}}"""));
        assertThat(fieldNames(entry)).containsExactly("customer", "points_redeemed", "transaction_number",
                "redemption_id", "program_id", "balance", "item_status");
    }

    @Test
    void xmlWithTheProgramAndTimeInTheItem() {
        Answer answer = api.postXml(REDEEM, "<root><redeem><points_redeemed>12.5</points_redeemed>"
                + "<bill_number>B-7</bill_number><program_id>2</program_id>"
                + "<redemption_time>2026-11-24 20:00:00</redemption_time>"
                + "<customer><email>asha@example.com</email></customer></redeem></root>");

        assertThat(useCases.only(PointsRedemptionCommand.class)).isEqualTo(new PointsRedemptionCommand(
                new CustomerRef(IdentifierType.EMAIL, "asha@example.com"), new BigDecimal("12.5"), new ProgramId(2),
                "B-7", Instant.parse("2026-11-24T14:30:00Z")));
        assertThat(answer.entries("responses", "points").get(0).get("balance").asText()).isEqualTo("26434.604");
    }

    @Test
    void pointsThatAreNotAPositiveNumberAre801() {
        Answer answer = api.postJson(REDEEM, """
                {"root": {"redeem": [
                  {"points_redeemed": "0", "customer": {"mobile": "919876543210"}},
                  {"points_redeemed": "-5", "customer": {"mobile": "919876543210"}},
                  {"points_redeemed": "many", "customer": {"mobile": "919876543210"}},
                  {"customer": {"mobile": "919876543210"}}
                ]}}""");

        JsonNode entries = answer.entries("responses", "points");
        assertThat(entries.get(0).get("item_status")).isEqualTo(json("{\"success\":\"false\",\"code\":\"801\","
                + "\"message\":\"Points you are trying to redeem are invalid: points_redeemed must be a positive "
                + "number\",\"warnings\":{\"warning\":[]}}"));
        assertThat(entries.get(0).get("points_redeemed").asText()).isEqualTo("0");
        assertThat(entries.get(1).at("/item_status/code").asText()).isEqualTo("801");
        assertThat(entries.get(2).at("/item_status/message").asText()).isEqualTo("points_redeemed: 'many' is not a number");
        assertThat(entries.get(2).at("/item_status/code").asText()).isEqualTo("801");
        assertThat(entries.get(3).at("/item_status/code").asText()).isEqualTo("801");
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aMissingOrMalformedCustomerIs802() {
        Answer answer = api.postJson(REDEEM, "{\"root\":{\"redeem\":[{\"points_redeemed\":\"10\"},"
                + "{\"points_redeemed\":\"10\",\"customer\":{\"email\":\"nope\"}}]}}");

        JsonNode entries = answer.entries("responses", "points");
        assertThat(entries.get(0).at("/item_status/message").asText()).isEqualTo("Mobile number/email id/external id "
                + "you have entered is invalid: no customer identifier given: send one of id, mobile, email, external_id");
        assertThat(entries.get(0).at("/item_status/code").asText()).isEqualTo("802");
        assertThat(entries.get(1).at("/item_status/code").asText()).isEqualTo("802");
        assertThat(entries.get(1).get("customer")).isEqualTo(json("{\"email\":\"nope\"}"));
    }

    @Test
    void overTheBalanceIs803() {
        Answer answer = api.postJson(REDEEM, "{\"root\":{\"redeem\":{\"points_redeemed\":\"99999\","
                + "\"customer\":{\"external_id\":\"refuse-INSUFFICIENT_POINTS\"}}}}");

        assertThat(answer.httpStatus()).isEqualTo(500);
        assertThat(answer.entries("responses", "points").get(0).get("item_status")).isEqualTo(json(
                "{\"success\":\"false\",\"code\":\"803\",\"message\":\"Unable to redeem. The points you are trying "
                        + "to redeem is more than the available points: stub says INSUFFICIENT_POINTS\","
                        + "\"warnings\":{\"warning\":[]}}"));
    }
}
