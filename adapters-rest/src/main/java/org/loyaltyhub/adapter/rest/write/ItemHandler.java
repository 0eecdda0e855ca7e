package org.loyaltyhub.adapter.rest.write;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Does one item: reads it, calls the use case once, and builds its entry. It may throw {@link ItemFailure}
 * for bad input and lets the use case's refusals through; {@link WriteBatches} turns both into entries.
 */
@FunctionalInterface
public interface ItemHandler {
    WriteEntry handle(JsonNode item);
}
