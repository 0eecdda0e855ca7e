package org.loyaltyhub.adapter.persistence.org;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CouponSeriesRepository extends CrudRepository<CouponSeriesRow, Long> {
    List<CouponSeriesRow> findByOrgIdOrderByPosition(long orgId);
}
