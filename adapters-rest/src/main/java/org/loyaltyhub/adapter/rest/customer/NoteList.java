package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code "notes":{"note":[...]}}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record NoteList(List<NoteRow> note) {
    NoteList {
        note = List.copyOf(note);
    }
}
