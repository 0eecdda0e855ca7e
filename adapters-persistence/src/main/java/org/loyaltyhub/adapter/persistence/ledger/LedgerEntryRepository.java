package org.loyaltyhub.adapter.persistence.ledger;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LedgerEntryRepository extends CrudRepository<LedgerEntryRow, Long> {
    List<LedgerEntryRow> findByCustomerIdInOrderById(Collection<Long> customerIds);
}
