package org.loyaltyhub.adapter.rest.write;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** {@code {"field": [{"name": ..., "value": ...}]}}: custom and extended fields, as customer/get shows them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NameValues(List<NameValue> field) {
    public NameValues {
        field = field == null ? List.of() : field.stream().filter(java.util.Objects::nonNull).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NameValue(String name, String value) {
    }
}
