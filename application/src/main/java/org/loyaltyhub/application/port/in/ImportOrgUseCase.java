package org.loyaltyhub.application.port.in;

import java.util.Optional;

/**
 * Loads an org and its customers' history (seed data). Each customer goes through the write use cases,
 * every event in time order as if its till had sent it at its time; no balance or tier is ever written
 * directly. One org is one unit of work: an entry the use cases refuse throws
 * {@link ImportRefusedException} and nothing of the org is stored.
 */
public interface ImportOrgUseCase {
    ImportReport importOrg(OrgImport orgImport);

    /** Imports only when the database holds no org yet; empty when it was skipped. */
    Optional<ImportReport> importIntoEmptyDatabase(OrgImport orgImport);
}
