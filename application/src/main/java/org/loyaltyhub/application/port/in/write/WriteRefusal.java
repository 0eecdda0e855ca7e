package org.loyaltyhub.application.port.in.write;

/**
 * Why a write changed nothing. The REST adapter maps each to its item code; the message says what to fix.
 */
public enum WriteRefusal {
    /** A field is missing, malformed or out of range. */
    INVALID_INPUT,
    /** No (live) customer of the caller's org answers to the identifier. */
    CUSTOMER_NOT_FOUND,
    /** The identifier belonged to a customer erased by a PII delete. */
    CUSTOMER_ERASED,
    /** The identifiers given name two different customers, or an identifier is taken by another customer. */
    IDENTIFIER_CONFLICT,
    /** The bill number is already recorded at that store with that type: a retry, nothing is recorded again. */
    DUPLICATE_TRANSACTION,
    UNKNOWN_STORE,
    UNKNOWN_TILL,
    UNKNOWN_PROGRAM,
    /** A RETURN names a bill the customer does not have. */
    UNKNOWN_BILL,
    /** The event lies before the customer's latest recorded event, or in the future. */
    TIME_OUT_OF_ORDER,
    /** Points or coupons need a LOYALTY customer. */
    NOT_LOYALTY,
    INSUFFICIENT_POINTS,
    FRAUD_BLOCKED,
    UNKNOWN_COUPON_SERIES,
    /** The customer holds as many coupons of the series as it allows. */
    COUPON_LIMIT_REACHED,
    COUPON_NOT_FOUND,
    COUPON_NOT_OWNED,
    COUPON_EXPIRED,
    /** Redeemed as often as the series allows. */
    COUPON_USED_UP,
    /** The series restricts redemption to another till, store, zone or concept. */
    COUPON_RESTRICTED
}
