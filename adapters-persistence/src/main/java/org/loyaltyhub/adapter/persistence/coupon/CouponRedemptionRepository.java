package org.loyaltyhub.adapter.persistence.coupon;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CouponRedemptionRepository extends CrudRepository<CouponRedemptionRow, Long> {

    /** The redemptions of all the customers' coupons, found through the coupons' customer, oldest first. */
    @Query("""
            SELECT r.id, r.coupon_id, r.redeemed_at, r.till_code, r.bill_number
            FROM coupon_redemption r
            JOIN coupon c ON c.id = r.coupon_id
            WHERE c.customer_id IN (:customerIds)
            ORDER BY r.id""")
    List<CouponRedemptionRow> findOfCustomers(Collection<Long> customerIds);

    /** One coupon's redemptions, oldest first (through ix_coupon_redemption_coupon). */
    List<CouponRedemptionRow> findByCouponIdOrderById(long couponId);
}
