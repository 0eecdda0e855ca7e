package org.loyaltyhub.adapter.rest.write;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loyaltyhub.adapter.rest.ItemStatus;

/**
 * The entry of an item that changed nothing: the identifying fields the client sent for it (so a batch
 * answer can be matched with its request), then {@code item_status}.
 */
public record FailedEntry(Map<String, Object> echo, ItemStatus itemStatus) implements WriteEntry {
    public FailedEntry {
        echo = new LinkedHashMap<>(echo);
    }

    @JsonValue
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>(echo);
        json.put("item_status", itemStatus);
        return json;
    }
}
