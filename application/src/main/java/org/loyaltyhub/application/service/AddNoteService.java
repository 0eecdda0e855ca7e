package org.loyaltyhub.application.service;

import java.time.Instant;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.AddNoteUseCase;
import org.loyaltyhub.application.port.in.write.NoteCommand;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.Note;
import org.loyaltyhub.domain.time.ClockPort;

/** Leaves a note on a live customer under its lock, signed with the caller's username. */
public final class AddNoteService implements AddNoteUseCase {
    private final CustomerWrites writes;
    private final Customers customers;

    public AddNoteService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, ClockPort clock) {
        this.writes = new CustomerWrites(unitOfWork, orgs, customers, clock);
        this.customers = customers;
    }

    @Override
    public Customer addNote(ApiCaller caller, NoteCommand command) {
        if (command.text() == null || command.text().isBlank()) {
            throw Refusals.invalid("text", "a note needs text");
        }
        return writes.write(() -> {
            Customer customer = writes.lock(caller.orgId(), command.customer());
            Instant now = writes.now();
            Instant at = command.at() == null ? now : command.at();
            if (at.isAfter(now)) {
                throw Refusals.refuse(WriteRefusal.TIME_OUT_OF_ORDER, "note time " + at + " lies in the future");
            }
            customer.addNote(new Note(at, caller.username(), command.text()));
            customers.update(customer);
            return customer;
        });
    }
}
