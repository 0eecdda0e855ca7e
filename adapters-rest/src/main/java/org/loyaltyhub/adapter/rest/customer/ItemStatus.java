package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code item_status} of one customer entry; unlike the request status, its code is a string. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ItemStatus(String success, String code, String message, Warnings warnings) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Warnings(List<Warning> warning) {
        Warnings {
            warning = List.copyOf(warning);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Warning(String code, String message) {
        static final Warning LOWEST_SLAB = new Warning("91011", "Customer is already in the lowest slab.");
        static final Warning HIGHEST_SLAB = new Warning("91012", "Customer is already in the highest slab.");
    }

    static ItemStatus of(boolean success, String code, String message) {
        return new ItemStatus(WireValues.bool(success), code, message, new Warnings(List.of()));
    }

    ItemStatus withWarnings(List<Warning> more) {
        List<Warning> all = new java.util.ArrayList<>(warnings.warning());
        all.addAll(more);
        return new ItemStatus(success, code, message, new Warnings(all));
    }

    boolean succeeded() {
        return "true".equals(success);
    }
}
