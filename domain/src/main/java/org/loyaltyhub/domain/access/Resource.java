package org.loyaltyhub.domain.access;

/** What an API call reads or changes; access groups grant a level per resource. */
public enum Resource {
    CUSTOMER, TRANSACTION, POINTS, COUPON
}
