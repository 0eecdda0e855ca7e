package org.loyaltyhub.application.port.out;

import java.util.Collection;
import java.util.List;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.IdentifierType;
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
}
