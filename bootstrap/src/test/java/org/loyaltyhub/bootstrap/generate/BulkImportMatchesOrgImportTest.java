package org.loyaltyhub.bootstrap.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.persistence.MySqlTestServer;
import org.loyaltyhub.application.port.in.BulkImportReport;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.GetCustomerDetailsUseCase;
import org.loyaltyhub.application.port.in.ImportCustomersInBulkUseCase;
import org.loyaltyhub.application.port.in.ImportOrgUseCase;
import org.loyaltyhub.application.port.in.OrgImport;
import org.loyaltyhub.domain.org.OrgId;

/**
 * The bulk path stores exactly what the per-customer org import stores: the same generated customers go
 * through both into fresh databases, and every customer reads back the same through {@code customer/get},
 * ids included. Runs on H2, and on MySQL/MariaDB when a server is there (the bulk side on MySQL, the
 * reference on H2), so the multi-row inserts and the ids they read back are proven on both.
 */
class BulkImportMatchesOrgImportTest {
    private static final String NOW = "2026-11-25T12:00:00Z";
    private static final OrgId ORG = new OrgId(100);
    private static final int CUSTOMERS = 60;
    private static final long HEAVY = 30;

    private static Map<String, Object> settings(String url, String user, String password) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("datasources.default.url", url);
        settings.put("datasources.default.username", user);
        settings.put("datasources.default.password", password);
        settings.put("loyaltyhub.clock.fixed", NOW);
        settings.put("loyaltyhub.seed.enabled", "false");
        return settings;
    }

    private static String newH2() {
        return "jdbc:h2:mem:bulk" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    }

    private static List<CustomerImport> customers() {
        CustomerHistoryGenerator generator = new CustomerHistoryGenerator(ORG, 11,
                Instant.parse(NOW).truncatedTo(ChronoUnit.DAYS));
        List<CustomerImport> customers = new ArrayList<>();
        for (long i = 1; i <= CUSTOMERS; i++) {
            customers.add(generator.customer(i, i == HEAVY ? 300 : 0));
        }
        return customers;
    }

    private static List<String> snapshots(ApplicationContext context) {
        GetCustomerDetailsUseCase lookup = context.getBean(GetCustomerDetailsUseCase.class);
        List<String> all = new ArrayList<>();
        for (long i = 1; i <= CUSTOMERS; i++) {
            all.add(CustomerSnapshot.of(lookup, ORG, i));
        }
        return all;
    }

    /** The reference: the whole org with its customers through the org import, one customer at a time. */
    private static List<String> throughTheOrgImport(List<CustomerImport> customers) {
        try (ApplicationContext context = ApplicationContext.run(settings(newH2(), "sa", ""))) {
            OrgImport org = BenchOrg.of(ORG);
            context.getBean(ImportOrgUseCase.class).importOrg(new OrgImport(org.setup(), org.apiUsers(), customers));
            return snapshots(context);
        }
    }

    /** The org alone, then the customers in two batches through the bulk import. */
    private static List<String> throughTheBulkImport(List<CustomerImport> customers, Map<String, Object> database) {
        try (ApplicationContext context = ApplicationContext.run(database)) {
            context.getBean(ImportOrgUseCase.class).importOrg(BenchOrg.of(ORG));
            ImportCustomersInBulkUseCase bulk = context.getBean(ImportCustomersInBulkUseCase.class);
            BulkImportReport first = bulk.importCustomers(ORG, customers.subList(0, 25));
            BulkImportReport rest = bulk.importCustomers(ORG, customers.subList(25, CUSTOMERS));
            BulkImportReport total = first.plus(rest);
            assertThat(total.customers()).isEqualTo(CUSTOMERS);
            assertThat(total.events()).isEqualTo(customers.stream().mapToLong(c -> c.history().size()).sum());
            // more than a hundred rows per table: full multi-row statements and a remainder
            assertThat(total.bills()).isGreaterThan(500);
            assertThat(total.ledgerEntries()).isGreaterThan(500);
            assertThat(total.coupons()).isGreaterThan(100);
            return snapshots(context);
        }
    }

    @Test
    void onH2TheBulkImportStoresWhatTheOrgImportStores() {
        List<CustomerImport> customers = customers();
        List<String> reference = throughTheOrgImport(customers);

        assertThat(reference.get(0)).startsWith("customer Optional[CustomerId[value=1]]");
        assertThat(throughTheBulkImport(customers, settings(newH2(), "sa", ""))).containsExactlyElementsOf(reference);
    }

    @Test
    void onMySqlTheBulkImportStoresWhatTheOrgImportStoresOnH2() {
        MySqlTestServer mysql = MySqlTestServer.requireOrSkip("the bulk import comparison");
        List<CustomerImport> customers = customers();
        List<String> reference = throughTheOrgImport(customers);

        assertThat(throughTheBulkImport(customers, settings(mysql.createDatabase(), mysql.user(), mysql.password())))
                .containsExactlyElementsOf(reference);
    }
}
