package org.loyaltyhub.application.port.out;

import java.util.Optional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.ErasedIdentifier;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.ProfileExtras;
import org.loyaltyhub.domain.org.OrgId;

/** Customer profiles with their identifiers, fields, cards and notes. */
public interface Customers {
    /** Stores a newly registered customer; returns it under the id storage gave it. */
    Customer add(Customer customer);

    /** Replaces the stored profile (fraud details, notes, fields) of a stored customer. */
    void update(Customer customer);

    /**
     * The org's customers that match any of the values, in one query whatever the number of values.
     * Values are compared as given; callers normalise them first (e-mails in lower case).
     * Customers of other orgs are never returned.
     */
    List<Customer> findBy(OrgId orgId, IdentifierType type, Collection<String> values);

    /** Remembers the hashes of the identifiers an erased customer had (PII delete); never the values. */
    void addErasedIdentifiers(OrgId orgId, CustomerId customerId, List<ErasedIdentifier> identifiers);

    /** Which of the hashes belong to customers of the org erased by a PII delete; one query. */
    Set<String> erasedAmong(OrgId orgId, Collection<String> hashes);

    /** Replaces the optional parts of a stored customer's profile (subscriptions, NDNC, segments, group, image). */
    void saveExtras(CustomerId customerId, ProfileExtras extras);

    /** Each customer's optional profile parts; customers without any are absent. One query. */
    Map<CustomerId, ProfileExtras> extrasOf(Collection<CustomerId> customerIds);

    /**
     * Takes the customer's write lock until the unit of work ends (a row lock: {@code SELECT ... FOR UPDATE}),
     * so writes to one customer run one after another and writes to different customers in parallel.
     * Returns the customer as stored once the lock is held; empty when there is no such customer in the org.
     */
    Optional<Customer> lockForWrite(OrgId orgId, CustomerId customerId);

    /**
     * Up to {@code limit} ids of the org's live (not erased) LOYALTY customers with an id above
     * {@code afterId} (null: from the start), in id order: the daily jobs page through them.
     */
    List<CustomerId> loyaltyMembersAfter(OrgId orgId, CustomerId afterId, int limit);
}
