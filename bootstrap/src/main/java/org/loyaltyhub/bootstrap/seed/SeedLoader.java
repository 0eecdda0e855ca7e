package org.loyaltyhub.bootstrap.seed;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.loyaltyhub.application.port.in.ImportOrgUseCase;
import org.loyaltyhub.application.port.in.ImportRefusedException;
import org.loyaltyhub.application.port.in.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, loads the seed file ({@code loyaltyhub.seed.file}, the demo org by default) into an
 * empty database. A database that already holds an org is left alone, so restarts keep what was
 * written. A broken seed file stops start-up with a message naming the file and the place; so does an
 * entry the write use cases refuse (the seed goes through them as if each event were sent at its time).
 */
@Singleton
@Requires(property = "loyaltyhub.seed.enabled", value = "true", defaultValue = "true")
class SeedLoader implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(SeedLoader.class);

    private final ImportOrgUseCase importOrg;
    private final ResourceResolver resources;
    private final String seedFile;

    SeedLoader(ImportOrgUseCase importOrg, ResourceResolver resources,
               @Value("${loyaltyhub.seed.file:classpath:seed/demo-org.json}") String seedFile) {
        this.importOrg = importOrg;
        this.resources = resources;
        this.seedFile = seedFile;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        Optional<ImportReport> report;
        try (InputStream in = open()) {
            report = importOrg.importIntoEmptyDatabase(new SeedFileReader().read(in, seedFile));
        } catch (IOException e) {
            throw new SeedFileException("cannot read seed file " + seedFile + ": " + e.getMessage(), e);
        } catch (ImportRefusedException e) {
            // A write use case (or the import) refused an entry: the message names the customer and the event.
            throw new SeedFileException(seedFile + ": " + e.getMessage(), e);
        }
        report.ifPresentOrElse(
                r -> LOG.info("Loaded seed {}: org '{}', {} customers, {} events replayed into {} ledger entries and {} slab changes",
                        seedFile, r.orgName(), r.customers(), r.events(), r.ledgerEntries(), r.slabChanges()),
                () -> LOG.info("Database already holds data; seed {} not loaded", seedFile));
    }

    /** {@code classpath:...} or {@code file:...}; a bare path is a file path. */
    private InputStream open() {
        String location = seedFile.contains(":") && !seedFile.matches("^[A-Za-z]:\\\\.*") ? seedFile : "file:" + seedFile;
        return resources.getResourceAsStream(location)
                .orElseThrow(() -> new SeedFileException("seed file not found: " + seedFile
                        + " (set loyaltyhub.seed.file to classpath:... or a file path)", null));
    }
}
