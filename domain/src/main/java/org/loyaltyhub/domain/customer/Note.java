package org.loyaltyhub.domain.customer;

import java.time.Instant;
import java.util.Objects;

/** A free-text remark a store or call centre left on a customer. */
public record Note(Instant createdOn, String createdBy, String text) {
    public Note {
        Objects.requireNonNull(createdOn, "note time");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a note needs text");
        }
        createdBy = createdBy == null ? "" : createdBy;
    }
}
