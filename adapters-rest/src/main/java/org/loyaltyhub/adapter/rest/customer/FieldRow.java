package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A custom or extended field. {@code label} is ours: the extended field's label in the language the
 * {@code language} header asked for, written only when the org has that translation.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record FieldRow(String name, String value, @JsonInclude(JsonInclude.Include.NON_NULL) String label) {

    FieldRow withLabel(String newLabel) {
        return new FieldRow(name, value, newLabel);
    }
}
