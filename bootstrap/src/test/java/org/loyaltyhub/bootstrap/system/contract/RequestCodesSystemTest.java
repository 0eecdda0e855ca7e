package org.loyaltyhub.bootstrap.system.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.GINA;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.TOM;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Request-level codes (spec 2.1, 2.2) over HTTP: the batch limit (set to 3 here through
 * {@code loyaltyhub.lookup.batch-limit}) answers 1060 with a request-level 400, and an option value that
 * cannot be read answers 400 naming the parameter and the values it accepts.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestCodesSystemTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = ContractServer.properties(ContractServer.CONTRACT_SEED);
        p.put("loyaltyhub.lookup.batch-limit", "3");
        return p;
    }

    private HttpResponse<String> get(String query) throws Exception {
        return ContractServer.get(server.getURL().toString(), query);
    }

    private static JsonNode onlyItem(HttpResponse<String> response) throws Exception {
        JsonNode root = ContractServer.json(response).path("response");
        assertThat(root.path("customers").path("customer").size()).isEqualTo(1);
        return root.path("customers").path("customer").get(0).path("item_status");
    }

    @Test
    void aBatchAtTheLimitIsAnswered() throws Exception {
        HttpResponse<String> response = get("mobile=" + GINA + "," + TOM + ",447000000099");
        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void aBatchAboveTheLimitIsRefusedWith1060() throws Exception {
        HttpResponse<String> response = get("mobile=" + GINA + "," + TOM + ",447000000099,447000000098");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode status = ContractServer.json(response).path("response").path("status");
        assertThat(status.path("code").asInt()).isEqualTo(400);
        assertThat(status.path("message").asText())
                .isEqualTo("Input is invalid, Please check request parameters or input xml/json");
        JsonNode item = onlyItem(response);
        assertThat(item.path("code").asText()).isEqualTo("1060");
        assertThat(item.path("message").asText()).startsWith("Batch limit exceeded");
    }

    @Test
    void badOptionValuesNameTheParameterAndTheAcceptedValues() throws Exception {
        Map<String, String> expected = Map.of(
                "coupon_limit=abc", "Invalid value 'abc' for parameter 'coupon_limit': use a whole number, 0 or more",
                "mlp=true&gap_to_upgrade_for=-1",
                "Invalid value '-1' for parameter 'gap_to_upgrade_for': use a whole number of days, 0 or more",
                "type=FOO", "Invalid value 'FOO' for parameter 'type': use one of REGULAR, RETURN, NOT_INTERESTED, "
                        + "NOT_INTERESTED_RETURN, MIXED, NI_MIXED, ALL",
                "date=2024-13-45", "Invalid value '2024-13-45' for parameter 'date': use a date YYYY-MM-DD",
                "coupon_sort_order=up", "Invalid value 'up' for parameter 'coupon_sort_order': use asc, desc",
                "coupon_status=lost",
                "Invalid value 'lost' for parameter 'coupon_status': use unredeemed, redeemed, expired, active",
                "program_id=99", "Invalid value '99' for parameter 'program_id': use one of this org's programs [41, 42]",
                "next_slab=yes", "Invalid value 'yes' for parameter 'next_slab': use true or false");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            HttpResponse<String> response = get("mobile=" + GINA + "&" + e.getKey());
            assertThat(response.statusCode()).as(e.getKey()).isEqualTo(400);
            JsonNode item = onlyItem(response);
            assertThat(item.path("code").asText()).as(e.getKey()).isEqualTo("400");
            assertThat(item.path("message").asText()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void malformedAndEmptyValuesKeepTheirItemCodes() throws Exception {
        HttpResponse<String> response = get("mobile=" + GINA + ",12ab,");
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode customers = ContractServer.json(response).path("response").path("customers").path("customer");
        assertThat(customers.get(1).path("item_status").path("code").asText()).isEqualTo("1042");
        assertThat(customers.get(1).path("mobile").asText()).isEqualTo("12ab");
        assertThat(customers.get(2).path("item_status").path("code").asText()).isEqualTo("400");
    }

    @Test
    void twoIdentifierTypesAreRefused() throws Exception {
        HttpResponse<String> response = get("mobile=" + GINA + "&email=gina@example.com");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(onlyItem(response).path("message").asText()).contains("mobile").contains("email");
    }
}
