package org.loyaltyhub.domain.ledger;

/** Names a bill: its number is unique within the store that rang it up. */
public record BillRef(String storeCode, String number) {
    public BillRef {
        if (storeCode == null || storeCode.isBlank()) {
            throw new IllegalArgumentException("a bill needs its store code");
        }
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a bill needs its number");
        }
    }
}
