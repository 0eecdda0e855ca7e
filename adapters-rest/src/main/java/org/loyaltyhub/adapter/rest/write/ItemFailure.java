package org.loyaltyhub.adapter.rest.write;

import org.loyaltyhub.adapter.rest.ItemStatus;

/**
 * One item of a write batch cannot be done as sent: a field is missing or malformed. Found by the adapter
 * before the use case is called; the item's entry carries the code and the message, the other items go on.
 */
public final class ItemFailure extends RuntimeException {
    /** The code of an item refused for bad input when no more precise Capillary code applies. */
    public static final String INVALID_INPUT = "400";

    private final String code;

    public ItemFailure(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** Bad input with the generic code; the message names the field. */
    public static ItemFailure invalid(String message) {
        return new ItemFailure(INVALID_INPUT, message);
    }

    public ItemStatus status() {
        return ItemStatus.of(false, code, getMessage());
    }
}
