package org.loyaltyhub.adapter.persistence.purchase;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LineItemRepository extends CrudRepository<LineItemRow, Long> {

    /** In insert order (the id), which is the order given, also across several additions to one bill. */
    @Query("""
            SELECT id, purchase_id, position, serial, item_code, description, quantity, rate, discount, amount
            FROM purchase_line_item
            WHERE purchase_id IN (:purchaseIds)
            ORDER BY id""")
    List<LineItemRow> findOf(Collection<Long> purchaseIds);
}
