package org.loyaltyhub.adapter.persistence.customer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ErasedIdentifierRepository extends CrudRepository<ErasedIdentifierRow, Long> {
    /** Sought hash by hash through the V7 index that leads with the hash (see {@link CustomerRepository}). */
    @Query("""
            SELECT e.id, e.org_id, e.customer_id, e.identifier_hash
            FROM erased_identifier e USE INDEX (ix_erased_identifier_hash_org)
            WHERE e.identifier_hash IN (:identifierHash) AND e.org_id = :orgId""")
    List<ErasedIdentifierRow> findByOrgIdAndIdentifierHashIn(long orgId, Collection<String> identifierHash);
}
