package org.loyaltyhub.bootstrap.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltyhub.adapter.persistence.MySqlTestServer;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.application.port.in.GetCustomerDetailsUseCase;
import org.loyaltyhub.application.port.in.ImportOrgUseCase;
import org.loyaltyhub.application.port.in.ImportRefusedException;
import org.loyaltyhub.application.port.in.ImportReport;
import org.loyaltyhub.application.port.in.LookupOutcome;
import org.loyaltyhub.application.port.in.LookupSections;
import org.loyaltyhub.application.port.in.OrgImport;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.in.write.WriteRefusedException;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.org.OrgId;

/**
 * The org import on a real database: every seed event goes through a write use case whose own unit of work
 * joins the import's one (READ COMMITTED inside READ COMMITTED, on H2 and on MySQL/MariaDB), so a refused
 * event in the third customer leaves nothing of the org stored, not even in the org setup cache; a good
 * file then loads. A refused entry at start-up names the file, the customer, the event and the refusal.
 */
class OrgImportThroughWriteUseCasesTest {
    private static final String NOW = "2026-11-25T12:00:00Z";
    private static final OrgId ORG = new OrgId(70);
    /** Every table an import writes to. */
    private static final List<String> TABLES = List.of("org", "store", "till", "program", "slab", "coupon_series",
            "api_user", "customer", "customer_card", "customer_note", "customer_attribute", "purchase",
            "purchase_tender", "ledger_entry", "slab_change", "points_balance", "coupon", "coupon_redemption");

    private static String seed(String thirdCustomersRedemption) {
        return """
                {"org": {"id": 70, "name": "Rollback Org", "time_zone": "UTC"},
                 "stores": [{"code": "s1", "name": "One"}], "tills": [{"code": "t1", "name": "T1", "store": "s1"}],
                 "programs": [{"id": 71, "title": "P", "is_default": true, "earning": {"base_rate": "0.1"},
                   "slabs": [{"serial": 1, "name": "Base"}]}],
                 "coupon_series": [{"id": 7101, "description": "Ten off", "discount_code": "TEN",
                   "discount_type": "ABS", "discount_value": "10", "valid_days": 30, "max_per_customer": 0}],
                 "api_users": [{"username": "t1", "till": "t1", "password": "pw"}],
                 "customers": [
                  {"firstname": "Ann", "lastname": "One", "mobile": "447000000071",
                   "registered_on": "2026-01-01T09:00:00Z", "registered_store": "s1", "registered_till": "t1",
                   "cards": [{"number": "RB-CARD-1"}], "ndnc_status": "DND",
                   "history": [{"type": "bill", "at": "2026-01-02T10:00:00Z", "number": "A1", "store": "s1",
                                "till": "t1", "amount": "1000", "tenders": [{"mode": "CASH", "value": "1000"}]},
                               {"type": "coupon_issue", "at": "2026-01-02T10:01:00Z", "series": 7101,
                                "code": "RB-1", "till": "t1"},
                               {"type": "coupon_redeem", "at": "2026-01-03T10:00:00Z", "code": "RB-1",
                                "till": "t1"},
                               {"type": "note", "at": "2026-01-04T10:00:00Z", "by": "t1", "text": "Hello"}]},
                  {"firstname": "Bob", "lastname": "Two", "mobile": "447000000072",
                   "registered_on": "2026-01-01T09:00:00Z", "registered_store": "s1", "registered_till": "t1",
                   "history": [{"type": "bill", "at": "2026-02-02T10:00:00Z", "number": "B1", "store": "s1",
                                "till": "t1", "amount": "500"}]},
                  {"firstname": "Cy", "lastname": "Three", "mobile": "447000000073",
                   "registered_on": "2026-01-01T09:00:00Z", "registered_store": "s1", "registered_till": "t1",
                   "history": [{"type": "bill", "at": "2026-03-02T10:00:00Z", "number": "C1", "store": "s1",
                                "till": "t1", "amount": "300"},
                               {"type": "redeem", "at": "2026-03-03T10:00:00Z", "points": "%s", "store": "s1"}]}]}
                """.formatted(thirdCustomersRedemption);
    }

    private static OrgImport read(String text) {
        return new SeedFileReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.json");
    }

    private static Map<String, Object> settings(String url, String user, String password) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("datasources.default.url", url);
        settings.put("datasources.default.username", user);
        settings.put("datasources.default.password", password);
        settings.put("loyaltyhub.clock.fixed", NOW);
        settings.put("loyaltyhub.seed.enabled", "false");
        return settings;
    }

    private static Map<String, Object> h2() {
        return settings("jdbc:h2:mem:import" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void onH2ARefusedEventInTheThirdCustomerLeavesNothingOfTheOrgAndAGoodFileThenLoads() {
        refusedThenLoaded(h2());
    }

    @Test
    void onMySqlARefusedEventInTheThirdCustomerLeavesNothingOfTheOrgAndAGoodFileThenLoads() {
        MySqlTestServer mysql = MySqlTestServer.requireOrSkip("the org import rollback");
        refusedThenLoaded(settings(mysql.createDatabase(), mysql.user(), mysql.password()));
    }

    private static void refusedThenLoaded(Map<String, Object> database) {
        try (ApplicationContext context = ApplicationContext.run(database)) {
            ImportOrgUseCase importer = context.getBean(ImportOrgUseCase.class);
            Rows dataSource = new Rows(context);

            // Cy earned 30 points: redeeming 31 is refused as points/redeem would refuse it.
            assertThatThrownBy(() -> importer.importOrg(read(seed("31"))))
                    .isInstanceOf(ImportRefusedException.class)
                    .hasMessage("customer Cy Three, event redeem of 31 points at 2026-03-03T10:00:00Z: refused "
                            + "(INSUFFICIENT_POINTS): cannot redeem 31 points: only 30 available")
                    .satisfies(e -> assertThat(((WriteRefusedException) e.getCause()).refusal())
                            .isEqualTo(WriteRefusal.INSUFFICIENT_POINTS));

            for (String table : TABLES) {
                assertThat(count(dataSource, table)).as("rows left in %s", table).isZero();
            }
            assertThat(context.getBean(Orgs.class).find(ORG)).as("the org setup cache").isEmpty();

            ImportReport report = importer.importOrg(read(seed("30")));

            assertThat(report.customers()).isEqualTo(3);
            assertThat(report.events()).isEqualTo(7);
            // EARN x3 and one REDEEM
            assertThat(report.ledgerEntries()).isEqualTo(4);
            assertThat(count(dataSource, "customer")).isEqualTo(3);
            assertThat(count(dataSource, "purchase")).isEqualTo(3);
            assertThat(count(dataSource, "purchase_tender")).isEqualTo(1);
            assertThat(count(dataSource, "coupon_redemption")).isEqualTo(1);
            assertThat(count(dataSource, "customer_note")).isEqualTo(1);
            assertThat(count(dataSource, "customer_attribute")).isPositive();
            var cy = context.getBean(GetCustomerDetailsUseCase.class).getCustomerDetails(new CustomerLookupQuery(ORG,
                    IdentifierType.MOBILE, List.of("447000000073"), new LookupSections(false, false, false, false, false, false), 10)).items().get(0);
            assertThat(cy.outcome()).isEqualTo(LookupOutcome.FOUND);
            assertThat(cy.details().orElseThrow().defaultProgram().orElseThrow().balance().redeemed().value())
                    .isEqualByComparingTo("30");
        }
    }

    @Test
    void aRefusedEntryStopsStartUpNamingTheFileTheCustomerTheEventAndTheRefusal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("refused.json");
        Files.writeString(file, seed("31"));
        Map<String, Object> settings = h2();
        settings.put("loyaltyhub.seed.enabled", "true");
        settings.put("loyaltyhub.seed.file", file.toString());

        assertThatThrownBy(() -> ApplicationContext.run(settings).close())
                .satisfies(e -> assertThat(seedFailure(e)).hasMessage(file + ": customer Cy Three, event redeem of"
                        + " 31 points at 2026-03-03T10:00:00Z: refused (INSUFFICIENT_POINTS): cannot redeem 31 points:"
                        + " only 30 available"));
    }

    private static Throwable seedFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SeedFileException) {
                return t;
            }
        }
        throw new AssertionError("no SeedFileException in", failure);
    }

    private static long count(Rows rows, String table) {
        return rows.count(table);
    }

    /** Counts rows on a connection of its own read transaction (the data source hands out contextual ones). */
    private record Rows(UnitOfWork unitOfWork, DataSource dataSource) {
        Rows(ApplicationContext context) {
            this(context.getBean(UnitOfWork.class), context.getBean(DataSource.class));
        }

        long count(String table) {
            return unitOfWork.read(() -> {
                try (Connection connection = dataSource.getConnection();
                     Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    return rows.getLong(1);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
