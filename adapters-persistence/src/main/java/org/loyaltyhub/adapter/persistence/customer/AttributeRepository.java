package org.loyaltyhub.adapter.persistence.customer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttributeRepository extends CrudRepository<AttributeRow, Long> {
    List<AttributeRow> findByCustomerIdInOrderByPosition(Collection<Long> customerIds);

    void deleteByCustomerId(long customerId);
}
