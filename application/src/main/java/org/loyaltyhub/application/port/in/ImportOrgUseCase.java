package org.loyaltyhub.application.port.in;

import java.util.Optional;

/**
 * Loads an org and its customers' history (seed data). History is replayed through the loyalty rules
 * in time order; no balance or tier is ever written directly. One org is one unit of work.
 */
public interface ImportOrgUseCase {
    ImportReport importOrg(OrgImport orgImport);

    /** Imports only when the database holds no org yet; empty when it was skipped. */
    Optional<ImportReport> importIntoEmptyDatabase(OrgImport orgImport);
}
