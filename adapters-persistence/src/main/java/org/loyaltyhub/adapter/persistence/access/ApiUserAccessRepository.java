package org.loyaltyhub.adapter.persistence.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiUserAccessRepository extends CrudRepository<ApiUserAccessRow, Long> {
    List<ApiUserAccessRow> findByApiUserId(long apiUserId);
}
