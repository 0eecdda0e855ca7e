package org.loyaltyhub.adapter.persistence.org;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FieldLabelRepository extends CrudRepository<FieldLabelRow, Long> {
    List<FieldLabelRow> findByOrgIdAndLanguageInOrderById(long orgId, Collection<String> languages);
}
