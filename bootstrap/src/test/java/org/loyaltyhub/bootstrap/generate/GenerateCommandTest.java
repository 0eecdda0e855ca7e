package org.loyaltyhub.bootstrap.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.port.in.CouponView;
import org.loyaltyhub.application.port.in.CustomerDetails;
import org.loyaltyhub.application.port.in.GetCustomerDetailsUseCase;
import org.loyaltyhub.application.port.in.ProgramSummary;
import org.loyaltyhub.domain.coupon.CouponStatus;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.FraudStatus;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.purchase.TransactionType;

/**
 * The {@code generate} command end to end on in-memory H2: the same seed gives the same customers in two
 * fresh databases (with different batch sizes), the figures the rules derived are not trivial, and
 * mistakes end with exit codes 1 and 2.
 */
class GenerateCommandTest {
    private static final String NOW = "2026-11-25T12:00:00Z";
    private static final OrgId ORG = new OrgId(100);
    private static final int CUSTOMERS = 50;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static Map<String, Object> database(String name) {
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "loyaltyhub.clock.fixed", NOW,
                "loyaltyhub.seed.enabled", "false");
    }

    private static String freshName() {
        return "gen" + UUID.randomUUID().toString().replace("-", "");
    }

    private int generate(String database, String... args) {
        return GenerateCommand.run(args, database(database), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> snapshots(String database) {
        try (ApplicationContext context = ApplicationContext.run(database(database))) {
            GetCustomerDetailsUseCase lookup = context.getBean(GetCustomerDetailsUseCase.class);
            List<String> all = new ArrayList<>();
            for (long i = 1; i <= CUSTOMERS; i++) {
                all.add(CustomerSnapshot.of(lookup, ORG, i));
            }
            return all;
        }
    }

    private static List<CustomerDetails> details(String database) {
        try (ApplicationContext context = ApplicationContext.run(database(database))) {
            GetCustomerDetailsUseCase lookup = context.getBean(GetCustomerDetailsUseCase.class);
            List<CustomerDetails> all = new ArrayList<>();
            for (long i = 1; i <= CUSTOMERS; i++) {
                all.add(CustomerSnapshot.details(lookup, ORG, i));
            }
            return all;
        }
    }

    @Test
    void theSameSeedGivesTheSameDataWhateverTheBatchSize() {
        String first = freshName();
        String second = freshName();

        assertThat(generate(first, "--customers", "50", "--seed", "7", "--heavy-customers", "1",
                "--heavy-transactions", "400", "--batch-size", "16")).isZero();
        assertThat(generate(second, "--customers", "50", "--seed", "7", "--heavy-customers", "1",
                "--heavy-transactions", "400", "--batch-size", "50")).isZero();

        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("Generated org 100 'Bench Retail 100' (seed 7): 50 customers")
                .contains("API user bench.till / bench123");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\r50 / 50 customers 100.0%");
        List<String> one = snapshots(first);
        assertThat(one).doesNotContain("customer 1: NOT_FOUND").hasSize(CUSTOMERS);
        assertThat(snapshots(second)).containsExactlyElementsOf(one);
    }

    @Test
    void theRulesDeriveRealisticFiguresFromTheGeneratedHistory() {
        String database = freshName();
        assertThat(generate(database, "--customers", "50", "--seed", "7", "--heavy-customers", "1",
                "--heavy-transactions", "400")).isZero();
        List<CustomerDetails> all = details(database);

        CustomerDetails fourth = all.get(3);
        assertThat(fourth.customer().mobile().orElseThrow().value()).isEqualTo("9190000000004");
        assertThat(fourth.customer().email().orElseThrow().value()).isEqualTo("customer4@bench.example");
        assertThat(fourth.customer().externalId().orElseThrow().value()).isEqualTo("BENCH4");
        assertThat(fourth.customer().cards()).singleElement()
                .satisfies(card -> assertThat(card.number()).isEqualTo("BENCHCARD4"));
        assertThat(all.get(0).customer().cards()).isEmpty();
        assertThat(fourth.customer().extendedFields()).extracting(f -> f.name())
                .containsExactly("gender", "dob", "city");

        // Customer 50 is the heavy one: 400 bills (and the returns of some of them).
        CustomerDetails heavy = all.get(49);
        assertThat(heavy.transactions().stream().filter(t -> t.purchase().type() == TransactionType.REGULAR))
                .hasSize(400);
        assertThat(heavy.coupons()).hasSize(1 + 400 / 20);
        ProgramSummary heavyFigures = heavy.defaultProgram().orElseThrow();
        assertThat(heavyFigures.currentSlab().name()).isEqualTo("Gold");
        assertThat(heavyFigures.balance().redeemed().isPositive()).isTrue();
        assertThat(heavyFigures.balance().expired().isPositive()).isTrue();

        List<ProgramSummary> figures = all.stream().flatMap(d -> d.defaultProgram().stream()).toList();
        assertThat(figures.stream().filter(f -> f.balance().available().isPositive())).hasSizeGreaterThan(30);
        assertThat(figures.stream().filter(f -> f.balance().redeemed().isPositive())).hasSizeGreaterThan(5);
        assertThat(figures.stream().filter(f -> f.balance().expired().isPositive())).hasSizeGreaterThan(5);
        assertThat(figures.stream().filter(f -> f.balance().returned().isPositive())).hasSizeGreaterThan(3);
        assertThat(figures.stream().filter(f -> f.currentSlab().serial() >= 2)).hasSizeGreaterThan(5);
        List<CouponStatus> coupons = all.stream().flatMap(d -> d.coupons().stream()).map(CouponView::status).toList();
        assertThat(coupons).hasSizeGreaterThan(2 * CUSTOMERS)
                .contains(CouponStatus.REDEEMED, CouponStatus.EXPIRED, CouponStatus.ACTIVE);
        // Every customer gets the welcome coupon, and never more than one.
        assertThat(all).allSatisfy(d -> assertThat(d.coupons().stream()
                .filter(c -> c.coupon().code().startsWith("W"))).hasSize(1));
        assertThat(all.stream().filter(d -> d.customer().fraud().status() == FraudStatus.NONE)).hasSizeGreaterThan(40);
        assertThat(all.stream().filter(d -> d.customer().type() == CustomerType.LOYALTY)).hasSizeGreaterThan(45);
    }

    @Test
    void aSecondRunIntoTheSameDatabaseFailsWithOneLineAndExitCodeOne() {
        String database = freshName();
        assertThat(generate(database, "--customers", "3", "--heavy-customers", "0")).isZero();

        assertThat(generate(database, "--customers", "3", "--heavy-customers", "0")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("LoyaltyHub generate failed: cannot create org 100 (does the database already hold it");
    }

    @Test
    void anUnusableDatabaseEndsWithOneLineNamingItAndExitCodeOne() {
        int code = GenerateCommand.run(new String[] {"--customers", "3"},
                Map.of("datasources.default.url", "jdbc:mysql://127.0.0.1:1/loyaltyhub?password=hidden",
                        "datasources.default.username", "app"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("LoyaltyHub generate failed: database jdbc:mysql://127.0.0.1:1/loyaltyhub?password=****: ")
                .contains("Connection refused")
                .doesNotContain("hidden");
    }

    @Test
    void wrongArgumentsExitWithCodeTwoAndTheUsage() {
        assertThat(generate(freshName(), "--customers", "ten")).isEqualTo(2);
        assertThat(generate(freshName(), "--seed", "3")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("generate: --customers needs a whole number, got 'ten'")
                .contains("generate: --customers is required")
                .contains("usage: java -jar loyaltyhub.jar generate --customers N");
    }
}
