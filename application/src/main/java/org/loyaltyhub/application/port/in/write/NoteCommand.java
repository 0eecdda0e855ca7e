package org.loyaltyhub.application.port.in.write;

import java.time.Instant;
import java.util.Objects;

/**
 * @param text what the note says; not blank
 * @param at   null: now
 */
public record NoteCommand(CustomerRef customer, String text, Instant at) {
    public NoteCommand {
        Objects.requireNonNull(customer, "customer");
    }
}
