package org.loyaltyhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.contract.ContractFixtures;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.shared.Points;

/** How instants land in DATETIME columns: UTC wall-clock time, whole seconds. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredTimesTest implements TestDatabase {
    @Inject
    Orgs orgs;
    @Inject
    Customers customers;
    @Inject
    PointsLedgers ledgers;
    @Inject
    JdbcOperations jdbc;

    @Test
    void anInstantIsStoredAsItsUtcTimeCutToWholeSeconds() {
        OrgSetup org = ContractFixtures.storedOrg(orgs);
        CustomerId customer = ContractFixtures.storedCustomer(customers, org.org().id(), 1).requireId();
        Instant withFraction = Instant.parse("2024-07-01T09:15:30.987654321Z");
        ledgers.append(customer, List.of(new LedgerEntry(org.defaultProgram().id(), EntryKind.ADJUST_CREDIT,
                Points.of(1), withFraction, null, null, null, null, "fraction")));

        assertThat(ledgers.entriesOf(List.of(customer)).get(customer).get(0).occurredAt())
                .isEqualTo(Instant.parse("2024-07-01T09:15:30Z"));
        assertThat(storedText(customer)).isEqualTo("2024-07-01 09:15:30");
    }

    /** The column as the database itself prints it, with no Java time conversion in between. */
    private String storedText(CustomerId customer) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT CAST(occurred_at AS CHAR(30)) FROM ledger_entry WHERE customer_id = ?")) {
                statement.setLong(1, customer.value());
                try (ResultSet rows = statement.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    return rows.getString(1);
                }
            }
        });
    }
}
