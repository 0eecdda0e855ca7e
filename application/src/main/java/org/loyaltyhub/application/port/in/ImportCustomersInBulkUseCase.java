package org.loyaltyhub.application.port.in;

import java.util.List;
import org.loyaltyhub.domain.org.OrgId;

/**
 * Loads many new customers of an org that already exists, with their history, for data generation and
 * bulk loads. Like {@link ImportOrgUseCase}, history is replayed through the loyalty rules and only what
 * the rules produce is stored; unlike it, a call stores the whole list with a few multi-row statements
 * per table instead of several statements per customer. One call is one unit of work: callers send
 * batches of a few hundred or thousand customers and get one commit per batch.
 *
 * <p>Not taken here (use {@link ImportOrgUseCase}): PII deletes, bills with tenders or credit notes, and
 * the optional profile parts ({@link CustomerImport#extras()}).
 */
public interface ImportCustomersInBulkUseCase {
    BulkImportReport importCustomers(OrgId orgId, List<CustomerImport> customers);
}
