package org.loyaltyhub.adapter.persistence.tier;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SlabChangeRepository extends CrudRepository<SlabChangeRow, Long> {
    List<SlabChangeRow> findByCustomerIdInOrderById(Collection<Long> customerIds);
}
