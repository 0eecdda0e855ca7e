package org.loyaltyhub.adapter.rest.transaction;

/** Capillary's {@code return_type}: the whole bill, some of its lines, or an amount of money. */
enum ReturnType {
    FULL, LINE_ITEM, AMOUNT
}
