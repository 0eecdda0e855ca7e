package org.loyaltyhub.adapter.persistence.org;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OrgRepository extends CrudRepository<OrgRow, Long> {
    @Query("SELECT id FROM org ORDER BY id")
    List<Long> findAllIds();
}
