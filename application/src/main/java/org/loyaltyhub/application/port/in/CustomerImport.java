package org.loyaltyhub.application.port.in;

import java.util.List;
import java.util.Objects;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.ProfileExtras;

/** A customer as registered, the optional parts of their profile, and everything that happened to them since. */
public record CustomerImport(Customer registered, List<HistoryEvent> history, ProfileExtras extras) {
    public CustomerImport(Customer registered, List<HistoryEvent> history) {
        this(registered, history, ProfileExtras.NONE);
    }

    public CustomerImport {
        extras = extras == null ? ProfileExtras.NONE : extras;
        Objects.requireNonNull(registered, "registered customer");
        if (registered.id().isPresent()) {
            throw new IllegalArgumentException("an imported customer gets its id when stored");
        }
        history = List.copyOf(history == null ? List.of() : history);
        for (HistoryEvent event : history) {
            if (event.at().isBefore(registered.registration().registeredOn())) {
                throw new IllegalArgumentException("an event of " + registered.firstname() + " "
                        + registered.lastname() + " predates the registration: " + event);
            }
        }
    }
}
