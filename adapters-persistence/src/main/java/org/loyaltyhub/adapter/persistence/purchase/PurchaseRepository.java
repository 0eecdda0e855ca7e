package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PurchaseRepository extends CrudRepository<PurchaseRow, Long> {

    /**
     * Each customer's newest bills of the given types, at most {@code perCustomer} each, in one query:
     * the window function numbers every customer's bills newest first and the outer query cuts.
     */
    @Query("""
            SELECT id, customer_id, program_id, store_code, bill_number, transaction_type, amount, created_at,
                   till_code, return_store_code, return_bill_number
            FROM (SELECT p.id, p.customer_id, p.program_id, p.store_code, p.bill_number, p.transaction_type,
                         p.amount, p.created_at, p.till_code, p.return_store_code, p.return_bill_number,
                         ROW_NUMBER() OVER (PARTITION BY p.customer_id ORDER BY p.created_at DESC, p.id DESC) AS rn
                  FROM purchase p
                  WHERE p.customer_id IN (:customerIds) AND p.transaction_type IN (:types)) ranked
            WHERE rn <= :perCustomer
            ORDER BY customer_id, created_at DESC, id DESC""")
    List<PurchaseRow> findRecent(Collection<Long> customerIds, Collection<String> types, int perCustomer);

    @Query("""
            SELECT customer_id, program_id,
                   SUM(CASE WHEN transaction_type = 'RETURN' THEN -amount ELSE amount END) AS net_amount
            FROM purchase
            WHERE customer_id IN (:customerIds) AND transaction_type IN ('REGULAR', 'RETURN')
            GROUP BY customer_id, program_id""")
    List<NetTotalRow> findNetTotals(Collection<Long> customerIds);
}
