package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code "custom_fields"} and {@code "extended_fields"}: {@code {"field":[{"name":...,"value":...}]}}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record FieldList(List<FieldRow> field) {
    FieldList {
        field = List.copyOf(field);
    }
}
