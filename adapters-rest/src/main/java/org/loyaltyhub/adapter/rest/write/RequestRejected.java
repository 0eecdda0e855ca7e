package org.loyaltyhub.adapter.rest.write;

/**
 * The body cannot be answered item by item at all (malformed JSON or XML, no {@code root}, no items, too many
 * items): the whole request gets a 400 with one entry that says why.
 */
public final class RequestRejected extends RuntimeException {
    private final String itemCode;

    public RequestRejected(String itemCode, String message) {
        super(message, null, false, false);
        this.itemCode = itemCode;
    }

    public static RequestRejected invalid(String message) {
        return new RequestRejected(ItemFailure.INVALID_INPUT, message);
    }

    public String itemCode() {
        return itemCode;
    }
}
