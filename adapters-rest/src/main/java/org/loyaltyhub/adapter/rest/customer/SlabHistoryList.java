package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code "slab_history": {"history": [...]}}, newest first, every program shown. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record SlabHistoryList(List<Row> history) {
    SlabHistoryList {
        history = List.copyOf(history);
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Row(String to, String from, CodeName store, String type, @JsonProperty("changed_on") String changedOn,
               String notes, @JsonProperty("program_id") String programId) {
    }
}
