package org.loyaltyhub.bootstrap.generate;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.application.port.in.BulkImportReport;
import org.loyaltyhub.application.port.in.ImportCustomersInBulkUseCase;
import org.loyaltyhub.application.port.in.ImportOrgUseCase;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * {@code java -jar loyaltyhub.jar generate --customers N ...}: fills the configured database with a
 * generated org (see {@link BenchOrg}, {@link CustomerHistoryGenerator}) for benchmarks, then exits. It
 * starts the application context without the HTTP server and without the demo seed; Flyway migrates the
 * database as at server start. Progress goes to stderr, the summary line to stdout.
 */
public final class GenerateCommand {
    public static final String NAME = "generate";

    private GenerateCommand() {
    }

    /** Runs the command; the exit code: 0 done, 1 failed, 2 wrong arguments. */
    public static int run(String[] args) {
        return run(args, Map.of(), System.out, System.err);
    }

    /** As {@link #run(String[])}, with extra configuration properties (tests: an in-memory database). */
    static int run(String[] args, Map<String, Object> properties, PrintStream out, PrintStream err) {
        Optional<GenerateOptions> parsed;
        try {
            parsed = GenerateOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.println(GenerateOptions.USAGE);
            return 2;
        }
        if (parsed.isEmpty()) {
            out.println(GenerateOptions.USAGE);
            return 0;
        }
        GenerateOptions options = parsed.get();
        long start = System.nanoTime();
        ApplicationContext context = ApplicationContext.builder()
                // H2 compacting its file while the load writes it halved the load's rate (issue 6): see application.yml.
                .properties(Map.of("loyaltyhub.seed.enabled", "false", "loyaltyhub.db.h2-auto-compact-fill-rate", "0"))
                .properties(properties)
                .build();
        try {
            context.start();
            DataGenerator generator = new DataGenerator(context.getBean(ImportOrgUseCase.class),
                    context.getBean(ImportCustomersInBulkUseCase.class), context.getBean(ClockPort.class));
            err.println("Generating org " + options.orgId() + " with " + String.format(Locale.ROOT, "%,d", options.customers())
                    + " customers (seed " + options.seed() + ", " + options.heavyCustomers() + " heavy with "
                    + options.heavyTransactions() + " bills each) into " + databaseUrl(context));
            ProgressLine progress = new ProgressLine(err, options.customers());
            DataGenerator.Result result = generator.generate(options, progress::update);
            progress.finish(result.report().customers());
            out.println(summary(options, result, (System.nanoTime() - start) / 1e9));
            return 0;
        } catch (RuntimeException e) {
            err.println();
            err.println("LoyaltyHub generate failed: " + explain(e, context));
            return 1;
        } finally {
            if (context.isRunning()) {
                context.close();
            }
        }
    }

    /** Our own failures say what went wrong; a database failure names the database; else the root cause. */
    private static String explain(RuntimeException failure, ApplicationContext context) {
        if (failure instanceof GenerationFailedException) {
            return failure.getMessage();
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return "database " + databaseUrl(context) + ": " + DataGenerator.rootMessage(failure);
            }
        }
        return DataGenerator.rootMessage(failure);
    }

    /** The configured database URL with any password masked. */
    private static String databaseUrl(ApplicationContext context) {
        try {
            return context.getEnvironment().getProperty("datasources.default.url", String.class)
                    .map(GenerateCommand::withoutPassword).orElse("(no URL configured)");
        } catch (RuntimeException e) {
            return "(URL unknown)";
        }
    }

    static String summary(GenerateOptions options, DataGenerator.Result result, double seconds) {
        BulkImportReport r = result.report();
        return String.format(Locale.ROOT, "Generated org %d '%s' (seed %d): %,d customers, %,d events -> %,d bills, "
                        + "%,d ledger entries, %,d slab changes, %,d coupons (%,d redemptions) in %.1f s (%,.0f customers/s)."
                        + " API user %s / %s.",
                options.orgId(), result.orgName(), options.seed(), r.customers(), r.events(), r.bills(),
                r.ledgerEntries(), r.slabChanges(), r.coupons(), r.couponRedemptions(), seconds, r.customers() / seconds,
                BenchOrg.API_USER, BenchOrg.API_PASSWORD);
    }

    private static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****").replaceAll("//([^/:@]+):[^/@]*@", "//$1:****@");
    }
}
