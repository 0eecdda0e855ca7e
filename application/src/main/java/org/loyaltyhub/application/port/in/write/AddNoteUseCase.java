package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.domain.customer.Customer;

/**
 * Leaves a note on a customer, signed by the caller. Not on the REST API yet: the org import (seed files)
 * uses it.
 */
public interface AddNoteUseCase {
    /** @return the customer with the note */
    Customer addNote(ApiCaller caller, NoteCommand command);
}
