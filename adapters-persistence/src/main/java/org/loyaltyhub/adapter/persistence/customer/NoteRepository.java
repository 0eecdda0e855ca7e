package org.loyaltyhub.adapter.persistence.customer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface NoteRepository extends CrudRepository<NoteRow, Long> {
    void deleteByCustomerId(long customerId);
}
