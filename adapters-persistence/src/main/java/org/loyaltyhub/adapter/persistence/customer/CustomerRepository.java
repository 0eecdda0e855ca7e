package org.loyaltyhub.adapter.persistence.customer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Every finder reads a whole batch of values in one query, always within one org. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CustomerRepository extends CrudRepository<CustomerRow, Long> {
    List<CustomerRow> findByOrgIdAndIdInOrderById(long orgId, Collection<Long> ids);

    List<CustomerRow> findByOrgIdAndMobileInOrderById(long orgId, Collection<String> mobiles);

    List<CustomerRow> findByOrgIdAndEmailInOrderById(long orgId, Collection<String> emails);

    List<CustomerRow> findByOrgIdAndExternalIdInOrderById(long orgId, Collection<String> externalIds);

    // DISTINCT: one customer may hold several of the cards asked for.
    @Query("""
            SELECT DISTINCT c.id, c.org_id, c.firstname, c.lastname, c.mobile, c.email, c.external_id,
                   c.customer_type, c.source, c.registered_on, c.registered_by, c.registered_store_code,
                   c.registered_till_code, c.updated_on, c.fraud_status, c.fraud_marked_by,
                   c.fraud_modified_on, c.fraud_reason, c.erased_on
            FROM customer c
            JOIN customer_card k ON k.customer_id = c.id
            WHERE c.org_id = :orgId AND k.org_id = :orgId AND k.card_number IN (:cardNumbers)
            ORDER BY c.id""")
    List<CustomerRow> findByCardNumbers(long orgId, Collection<String> cardNumbers);

    @Query("""
            SELECT DISTINCT c.id, c.org_id, c.firstname, c.lastname, c.mobile, c.email, c.external_id,
                   c.customer_type, c.source, c.registered_on, c.registered_by, c.registered_store_code,
                   c.registered_till_code, c.updated_on, c.fraud_status, c.fraud_marked_by,
                   c.fraud_modified_on, c.fraud_reason, c.erased_on
            FROM customer c
            JOIN customer_card k ON k.customer_id = c.id
            WHERE c.org_id = :orgId AND k.org_id = :orgId AND k.card_external_id IN (:cardExternalIds)
            ORDER BY c.id""")
    List<CustomerRow> findByCardExternalIds(long orgId, Collection<String> cardExternalIds);
}
