package org.loyaltyhub.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/** {@code item_status} of one entry of a batch; unlike the request status, its code is a string. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ItemStatus(String success, String code, String message, Warnings warnings) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Warnings(List<Warning> warning) {
        public Warnings {
            warning = List.copyOf(warning);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Warning(String code, String message) {
        public static final Warning LOWEST_SLAB = new Warning("91011", "Customer is already in the lowest slab.");
        public static final Warning HIGHEST_SLAB = new Warning("91012", "Customer is already in the highest slab.");
    }

    public static ItemStatus of(boolean success, String code, String message) {
        return new ItemStatus(WireValues.bool(success), code, message, new Warnings(List.of()));
    }

    public ItemStatus withWarnings(List<Warning> more) {
        List<Warning> all = new ArrayList<>(warnings.warning());
        all.addAll(more);
        return new ItemStatus(success, code, message, new Warnings(all));
    }

    public boolean succeeded() {
        return "true".equals(success);
    }
}
