package org.loyaltyhub.bootstrap.generate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.loyaltyhub.application.port.in.BulkImportReport;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.ImportCustomersInBulkUseCase;
import org.loyaltyhub.application.port.in.ImportOrgUseCase;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * Creates the generated org, then its customers batch by batch through the bulk import (one unit of work
 * per batch). History ends at the start of the current day (UTC) of the configured clock, so the same seed
 * gives the same data all day; {@code loyaltyhub.clock.fixed} fixes the day.
 */
final class DataGenerator {
    private final ImportOrgUseCase importOrg;
    private final ImportCustomersInBulkUseCase importCustomers;
    private final ClockPort clock;

    DataGenerator(ImportOrgUseCase importOrg, ImportCustomersInBulkUseCase importCustomers, ClockPort clock) {
        this.importOrg = importOrg;
        this.importCustomers = importCustomers;
        this.clock = clock;
    }

    /** What was generated: the org's name and the figures of every batch added up. */
    record Result(String orgName, BulkImportReport report) {
    }

    /** Generates the org and its customers; {@code progress} hears the number of customers stored so far. */
    Result generate(GenerateOptions options, LongConsumer progress) {
        OrgId orgId = new OrgId(options.orgId());
        String orgName;
        try {
            orgName = importOrg.importOrg(BenchOrg.of(orgId)).orgName();
        } catch (RuntimeException e) {
            throw new GenerationFailedException("cannot create org " + orgId.value() + " (does the database already hold it, or"
                    + " another org with the API user " + BenchOrg.API_USER + "? use an empty database): "
                    + rootMessage(e), e);
        }
        Instant end = clock.now().truncatedTo(ChronoUnit.DAYS);
        CustomerHistoryGenerator generator = new CustomerHistoryGenerator(orgId, options.seed(), end);
        // Making up the next batch's histories overlaps with storing the current one: the store is the
        // bottleneck and runs on one thread, so the second core does the making up (about a tenth of the work).
        ExecutorService maker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "generate-histories");
            thread.setDaemon(true);
            return thread;
        });
        try {
            BulkImportReport total = BulkImportReport.NONE;
            Future<List<CustomerImport>> next = maker.submit(() -> batch(generator, options, 1));
            for (long first = 1; first <= options.customers(); first += options.batchSize()) {
                List<CustomerImport> batch = made(next);
                long following = first + options.batchSize();
                if (following <= options.customers()) {
                    next = maker.submit(() -> batch(generator, options, following));
                }
                total = total.plus(importCustomers.importCustomers(orgId, batch));
                progress.accept(first + batch.size() - 1);
            }
            return new Result(orgName, total);
        } finally {
            maker.shutdownNow();
        }
    }

    /** Customers {@code first} to the end of its batch; each customer depends only on the seed and its number. */
    private static List<CustomerImport> batch(CustomerHistoryGenerator generator, GenerateOptions options, long first) {
        long last = Math.min(options.customers(), first + options.batchSize() - 1);
        List<CustomerImport> batch = new ArrayList<>((int) (last - first + 1));
        for (long i = first; i <= last; i++) {
            batch.add(generator.customer(i, options.heavyBillsOf(i)));
        }
        return batch;
    }

    private static List<CustomerImport> made(Future<List<CustomerImport>> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationFailedException("interrupted while making up customers", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new GenerationFailedException("cannot make up customers: " + e.getCause(), e.getCause());
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }
}
