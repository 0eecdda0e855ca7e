package org.loyaltyhub.adapter.persistence.coupon;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CouponRepository extends CrudRepository<CouponRow, Long> {

    @Query("""
            SELECT id, org_id, code, series_id, customer_id, created_on, created_by, valid_till, allowed_redemptions
            FROM coupon
            WHERE customer_id IN (:customerIds)
            ORDER BY created_on DESC, id DESC""")
    List<CouponRow> findNewestFirst(Collection<Long> customerIds);

    /** Through uq_coupon_org_code; codes compare exactly (utf8mb4_bin). */
    Optional<CouponRow> findByOrgIdAndCode(long orgId, String code);
}
