package org.loyaltyhub.bootstrap.generate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
        BulkImportReport total = BulkImportReport.NONE;
        for (long first = 1; first <= options.customers(); first += options.batchSize()) {
            long last = Math.min(options.customers(), first + options.batchSize() - 1);
            List<CustomerImport> batch = new ArrayList<>((int) (last - first + 1));
            for (long i = first; i <= last; i++) {
                batch.add(generator.customer(i, options.heavyBillsOf(i)));
            }
            total = total.plus(importCustomers.importCustomers(orgId, batch));
            progress.accept(last);
        }
        return new Result(orgName, total);
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
