package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CreditNoteRepository extends CrudRepository<CreditNoteRow, Long> {
    List<CreditNoteRow> findByPurchaseIdInOrderByPosition(Collection<Long> purchaseIds);
}
