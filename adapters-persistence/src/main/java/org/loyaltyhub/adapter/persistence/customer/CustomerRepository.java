package org.loyaltyhub.adapter.persistence.customer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Every finder reads a whole batch of values in one query, always within one org. A batch of identifiers is
 * sought value by value through the V7 indexes that lead with the value, which the queries name: left to
 * itself, H2 (once it has statistics: all customers in one org) takes the unique (org_id, value) key and reads
 * every customer of the org for each batch of more than one value.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CustomerRepository extends CrudRepository<CustomerRow, Long> {
    List<CustomerRow> findByOrgIdAndIdInOrderById(long orgId, Collection<Long> ids);

    @Query("""
            SELECT c.id, c.org_id, c.firstname, c.lastname, c.mobile, c.email, c.external_id,
                   c.customer_type, c.source, c.registered_on, c.registered_by, c.registered_store_code,
                   c.registered_till_code, c.updated_on, c.fraud_status, c.fraud_marked_by,
                   c.fraud_modified_on, c.fraud_reason, c.erased_on
            FROM customer c USE INDEX (ix_customer_mobile_org)
            WHERE c.mobile IN (:mobiles) AND c.org_id = :orgId
            ORDER BY c.id""")
    List<CustomerRow> findByMobiles(long orgId, Collection<String> mobiles);

    @Query("""
            SELECT c.id, c.org_id, c.firstname, c.lastname, c.mobile, c.email, c.external_id,
                   c.customer_type, c.source, c.registered_on, c.registered_by, c.registered_store_code,
                   c.registered_till_code, c.updated_on, c.fraud_status, c.fraud_marked_by,
                   c.fraud_modified_on, c.fraud_reason, c.erased_on
            FROM customer c USE INDEX (ix_customer_email_org)
            WHERE c.email IN (:emails) AND c.org_id = :orgId
            ORDER BY c.id""")
    List<CustomerRow> findByEmails(long orgId, Collection<String> emails);

    @Query("""
            SELECT c.id, c.org_id, c.firstname, c.lastname, c.mobile, c.email, c.external_id,
                   c.customer_type, c.source, c.registered_on, c.registered_by, c.registered_store_code,
                   c.registered_till_code, c.updated_on, c.fraud_status, c.fraud_marked_by,
                   c.fraud_modified_on, c.fraud_reason, c.erased_on
            FROM customer c USE INDEX (ix_customer_external_id_org)
            WHERE c.external_id IN (:externalIds) AND c.org_id = :orgId
            ORDER BY c.id""")
    List<CustomerRow> findByExternalIds(long orgId, Collection<String> externalIds);

    // DISTINCT: one customer may hold several of the cards asked for.
    @Query("""
            SELECT DISTINCT c.id, c.org_id, c.firstname, c.lastname, c.mobile, c.email, c.external_id,
                   c.customer_type, c.source, c.registered_on, c.registered_by, c.registered_store_code,
                   c.registered_till_code, c.updated_on, c.fraud_status, c.fraud_marked_by,
                   c.fraud_modified_on, c.fraud_reason, c.erased_on
            FROM customer_card k USE INDEX (ix_card_number_org)
            JOIN customer c ON c.id = k.customer_id
            WHERE c.org_id = :orgId AND k.org_id = :orgId AND k.card_number IN (:cardNumbers)
            ORDER BY c.id""")
    List<CustomerRow> findByCardNumbers(long orgId, Collection<String> cardNumbers);

    @Query("""
            SELECT DISTINCT c.id, c.org_id, c.firstname, c.lastname, c.mobile, c.email, c.external_id,
                   c.customer_type, c.source, c.registered_on, c.registered_by, c.registered_store_code,
                   c.registered_till_code, c.updated_on, c.fraud_status, c.fraud_marked_by,
                   c.fraud_modified_on, c.fraud_reason, c.erased_on
            FROM customer_card k USE INDEX (ix_card_external_id_org)
            JOIN customer c ON c.id = k.customer_id
            WHERE c.org_id = :orgId AND k.org_id = :orgId AND k.card_external_id IN (:cardExternalIds)
            ORDER BY c.id""")
    List<CustomerRow> findByCardExternalIds(long orgId, Collection<String> cardExternalIds);

    /**
     * The customer's row, locked until the surrounding transaction ends: a second locking read of the same row
     * waits for that (InnoDB and H2's MVStore both lock the row itself, so other customers stay free).
     */
    @Query("""
            SELECT id, org_id, firstname, lastname, mobile, email, external_id, customer_type, source, registered_on,
                   registered_by, registered_store_code, registered_till_code, updated_on, fraud_status,
                   fraud_marked_by, fraud_modified_on, fraud_reason, erased_on
            FROM customer
            WHERE id = :id AND org_id = :orgId
            FOR UPDATE""")
    Optional<CustomerRow> lockById(long orgId, long id);

    /** Keyset paging over ix_customer_org_type_id. */
    @Query("""
            SELECT id
            FROM customer
            WHERE org_id = :orgId AND customer_type = 'LOYALTY' AND id > :afterId AND erased_on IS NULL
            ORDER BY id
            LIMIT :limit""")
    List<Long> findLoyaltyIdsAfter(long orgId, long afterId, int limit);
}
