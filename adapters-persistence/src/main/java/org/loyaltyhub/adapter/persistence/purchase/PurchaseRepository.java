package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PurchaseRepository extends CrudRepository<PurchaseRow, Long> {

    @Query("""
            SELECT customer_id, program_id,
                   SUM(CASE WHEN transaction_type = 'RETURN' THEN -amount ELSE amount END) AS net_amount
            FROM purchase
            WHERE customer_id IN (:customerIds) AND transaction_type IN ('REGULAR', 'RETURN')
            GROUP BY customer_id, program_id""")
    List<NetTotalRow> findNetTotals(Collection<Long> customerIds);

    /** Every bill of the customers, oldest first per customer. */
    @Query("""
            SELECT id, customer_id, program_id, store_code, bill_number, transaction_type, amount, created_at,
                   till_code, return_store_code, return_bill_number
            FROM purchase
            WHERE customer_id IN (:customerIds)
            ORDER BY customer_id, created_at, id""")
    List<PurchaseRow> findAllOf(Collection<Long> customerIds);
}
