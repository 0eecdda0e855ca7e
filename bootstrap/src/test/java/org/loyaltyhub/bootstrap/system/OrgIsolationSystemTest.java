package org.loyaltyhub.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.in.ImportOrgUseCase;
import org.loyaltyhub.bootstrap.seed.SeedFileReader;

/** Two orgs in one database, each with a customer of the same mobile: neither sees the other's. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrgIsolationSystemTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    @Inject
    ImportOrgUseCase importOrg;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Map<String, String> getProperties() {
        return DemoServer.properties();
    }

    @BeforeAll
    void loadTheOtherOrg() {
        importOrg.importOrg(new SeedFileReader().read(getClass().getResourceAsStream("/seed/other-org.json"),
                "other-org.json"));
    }

    private HttpResponse<String> get(String query, String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/v1.1/customer/get" + query))
                .header("Authorization", DemoServer.basic(user, password)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode firstCustomer(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body()).path("response").path("customers").path("customer").get(0);
    }

    @Test
    void eachOrgSeesOnlyItsOwnCustomer() throws Exception {
        assertThat(firstCustomer(get("?mobile=44700900999", "demo.till", "demo123")).path("lastname").asText())
                .isEqualTo("John");
        JsonNode other = firstCustomer(get("?mobile=44700900999", "other.till", "other123"));
        assertThat(other.path("lastname").asText()).isEqualTo("Other");
        assertThat(other.path("loyalty_points").decimalValue()).isEqualByComparingTo("75");
        // Dates show in the org's own zone: 20:00 UTC is 01:30 next day in Kolkata.
        assertThat(other.path("transactions").path("transaction").get(0).path("created_date").asText())
                .isEqualTo("2026-11-25 01:30:00");
    }

    @Test
    void aCustomerOfAnotherOrgAnswersExactlyAsAnUnknownOne() throws Exception {
        HttpResponse<String> otherOrgsCustomer = get("?mobile=919845012345", "other.till", "other123");
        HttpResponse<String> unknown = get("?mobile=919800000000", "other.till", "other123");

        assertThat(otherOrgsCustomer.statusCode()).isEqualTo(500);
        assertThat(firstCustomer(otherOrgsCustomer).path("item_status"))
                .isEqualTo(firstCustomer(unknown).path("item_status"));
        assertThat(otherOrgsCustomer.body()).doesNotContain("Mohan");
    }

    @Test
    void theSameIdIsNotVisibleAcrossOrgs() throws Exception {
        String ritaId = firstCustomer(get("?mobile=44700900999&user_id=true", "demo.till", "demo123"))
                .path("user_id").asText();

        assertThat(firstCustomer(get("?id=" + ritaId, "other.till", "other123")).path("item_status").path("code")
                .asText()).isEqualTo("1012");
    }
}
