package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TenderRepository extends CrudRepository<TenderRow, Long> {
    List<TenderRow> findByPurchaseIdInOrderByPosition(Collection<Long> purchaseIds);
}
