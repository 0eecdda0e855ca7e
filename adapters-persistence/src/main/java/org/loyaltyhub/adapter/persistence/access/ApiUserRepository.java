package org.loyaltyhub.adapter.persistence.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiUserRepository extends CrudRepository<ApiUserRow, Long> {
    Optional<ApiUserRow> findByUsername(String username);
}
