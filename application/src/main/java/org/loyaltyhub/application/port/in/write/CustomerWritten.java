package org.loyaltyhub.application.port.in.write;

import java.util.List;
import java.util.Objects;
import org.loyaltyhub.domain.customer.Customer;

/**
 * A customer as stored after an add or update.
 *
 * @param created   true when the add registered a new customer, false when it updated an existing one
 * @param standings one per program for a LOYALTY customer, the default program first; empty otherwise
 */
public record CustomerWritten(Customer customer, boolean created, List<ProgramStanding> standings) {
    public CustomerWritten {
        Objects.requireNonNull(customer, "customer");
        standings = List.copyOf(standings);
    }
}
