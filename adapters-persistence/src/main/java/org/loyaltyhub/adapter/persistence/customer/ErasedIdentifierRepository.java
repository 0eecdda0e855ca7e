package org.loyaltyhub.adapter.persistence.customer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ErasedIdentifierRepository extends CrudRepository<ErasedIdentifierRow, Long> {
    List<ErasedIdentifierRow> findByOrgIdAndIdentifierHashIn(long orgId, Collection<String> identifierHash);
}
