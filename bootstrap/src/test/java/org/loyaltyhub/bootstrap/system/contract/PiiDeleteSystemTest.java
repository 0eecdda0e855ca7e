package org.loyaltyhub.bootstrap.system.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.bootstrap.system.contract.ContractServer.GINA;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Item code 8109 (spec section 5): Erin (seed/contract-org.json) was erased by a {@code pii_delete} event on
 * 2026-06-01. Every identifier she had finds the tombstone; the answer holds only the identifier asked for;
 * nothing personal is left in the database, while her bills and ledger remain.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PiiDeleteSystemTest implements TestPropertyProvider {
    private static final List<String> ERIN = List.of("mobile=447000000004", "email=Erin@Example.com",
            "external_id=CT-ERIN", "card_number=CT-CARD-9", "card_external_id=CT-CX-9", "id=4");

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return ContractServer.properties(ContractServer.CONTRACT_SEED);
    }

    @Test
    void everyOldIdentifierAnswers8109WithOnlyTheIdentifierAskedFor() throws Exception {
        for (String query : ERIN) {
            HttpResponse<String> response = ContractServer.get(server.getURL().toString(), query);
            assertThat(response.statusCode()).as(query).isEqualTo(500);
            JsonNode entry = ContractServer.json(response).path("response").path("customers").path("customer").get(0);
            assertThat(entry.path("item_status").path("code").asText()).as(query).isEqualTo("8109");
            assertThat(entry.path("item_status").path("message").asText())
                    .isEqualTo("Customer is deleted after PII delete request");
            List<String> fields = new ArrayList<>();
            entry.fieldNames().forEachRemaining(fields::add);
            String parameter = query.substring(0, query.indexOf('='));
            assertThat(fields).as(query).containsExactly(parameter, "item_status");
            assertThat(entry.path(parameter).asText()).isEqualTo(query.substring(query.indexOf('=') + 1));
        }
    }

    @Test
    void aBatchMixesFoundDeletedAndUnknown() throws Exception {
        HttpResponse<String> response = ContractServer.get(server.getURL().toString(),
                "mobile=" + GINA + ",447000000004,447000000099");
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode customers = ContractServer.json(response).path("response").path("customers").path("customer");
        assertThat(ContractServer.texts(customers, "item_status").size()).isEqualTo(3);
        assertThat(customers.get(0).path("item_status").path("code").asText()).isEqualTo("1000");
        assertThat(customers.get(1).path("item_status").path("code").asText()).isEqualTo("8109");
        assertThat(customers.get(2).path("item_status").path("code").asText()).isEqualTo("1012");
    }

    @Test
    void theDatabaseKeepsNothingPersonalButKeepsTheLedger() throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            var row = statement.executeQuery("SELECT firstname, lastname, mobile, email, external_id, erased_on "
                    + "FROM customer WHERE id = 4");
            assertThat(row.next()).isTrue();
            assertThat(row.getString("firstname")).isEmpty();
            assertThat(row.getString("lastname")).isEmpty();
            assertThat(row.getString("mobile")).isNull();
            assertThat(row.getString("email")).isNull();
            assertThat(row.getString("external_id")).isNull();
            assertThat(row.getObject("erased_on")).isNotNull();
            assertThat(count(statement, "SELECT COUNT(*) FROM customer_card WHERE customer_id = 4")).isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM customer_custom_field WHERE customer_id = 4")).isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM customer_extended_field WHERE customer_id = 4")).isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM customer_note WHERE customer_id = 4")).isZero();
            // her subscriptions, segments, group and image were never kept
            assertThat(count(statement, "SELECT COUNT(*) FROM customer_attribute WHERE customer_id = 4")).isZero();
            // one hash per old identifier: mobile, e-mail, external id, card number, card external id
            assertThat(count(statement, "SELECT COUNT(*) FROM erased_identifier WHERE customer_id = 4")).isEqualTo(5);
            assertThat(count(statement, "SELECT COUNT(*) FROM erased_identifier WHERE identifier_hash LIKE '%447000000004%'"
                    + " OR identifier_hash LIKE '%erin%'")).isZero();
            // her bills, and the points they earned, remain
            assertThat(count(statement, "SELECT COUNT(*) FROM purchase WHERE customer_id = 4")).isEqualTo(2);
            assertThat(count(statement, "SELECT COUNT(*) FROM ledger_entry WHERE customer_id = 4 AND kind = 'EARN'"))
                    .isEqualTo(2);
        }
    }

    private static long count(java.sql.Statement statement, String sql) throws java.sql.SQLException {
        var rs = statement.executeQuery(sql);
        rs.next();
        return rs.getLong(1);
    }
}
