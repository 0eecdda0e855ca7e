package org.loyaltyhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.contract.ContractFixtures;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.setup.OrgSetup;

/**
 * A batch lookup seeks each identifier through the V7 index that leads with the value, however many customers
 * the org has: on H2 with statistics (ANALYZE, which H2 also runs by itself as tables grow) the unique
 * (org_id, value) keys otherwise win and every customer of the org is read for each batch (measured: 10,001
 * rows for two mobiles at 10,000 customers).
 */
@MicronautTest(transactional = false)
@Property(name = "loyaltyhub.test.count-statements", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerLookupIndexTest implements TestDatabase {
    private static final int CUSTOMERS = 300;

    @Inject
    JdbcOperations jdbc;
    @Inject
    Customers customers;
    @Inject
    Orgs orgs;
    @Inject
    StatementCounter counter;

    private OrgSetup org;
    private final List<Customer> stored = new ArrayList<>();

    @BeforeAll
    void storeAnOrgWithManyCustomersAndItsStatistics() {
        org = ContractFixtures.storedOrg(orgs);
        for (int n = 1; n <= CUSTOMERS; n++) {
            stored.add(ContractFixtures.storedCustomer(customers, org.org().id(), n));
        }
        jdbc.execute(connection -> {
            boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
            try (Statement statement = connection.createStatement()) {
                statement.execute(h2 ? "ANALYZE" : "ANALYZE TABLE customer, customer_card, erased_identifier");
            }
            return null;
        });
    }

    @Test
    void eachIdentifierOfABatchIsSoughtThroughTheIndexThatLeadsWithIt() {
        Customer a = stored.get(10);
        Customer b = stored.get(200);
        assertSought(IdentifierType.MOBILE, "ix_customer_mobile_org",
                a.mobile().orElseThrow().value(), b.mobile().orElseThrow().value());
        assertSought(IdentifierType.EMAIL, "ix_customer_email_org",
                a.email().orElseThrow().value(), b.email().orElseThrow().value());
        assertSought(IdentifierType.EXTERNAL_ID, "ix_customer_external_id_org",
                a.externalId().orElseThrow().value(), b.externalId().orElseThrow().value());
        assertSought(IdentifierType.CARD_NUMBER, "ix_card_number_org",
                a.cards().get(0).number(), b.cards().get(0).number());
        assertSought(IdentifierType.CARD_EXTERNAL_ID, "ix_card_external_id_org",
                a.cards().get(0).externalId(), b.cards().get(0).externalId());
    }

    /** Finds both customers, and the plan of the query that found them names the index. */
    private void assertSought(IdentifierType type, String index, String first, String second) {
        counter.reset();
        assertThat(customers.findBy(org.org().id(), type, List.of(first, second))).hasSize(2);
        String sql = counter.statementsExecuted().get(0);
        long orgId = org.org().id().value();
        // The value lists come after the org in the card queries and before it in the others.
        Object[] parameters = sql.contains("customer_card k")
                ? new Object[] {orgId, orgId, first, second}
                : new Object[] {first, second, orgId};
        assertThat(QueryPlans.indexesUsed(jdbc, sql, parameters)).as(type + ": " + sql).contains(index.toLowerCase(Locale.ROOT));
    }
}
