package org.loyaltyhub.domain.coupon;

/** Where a series may be redeemed, when it is restricted. */
public enum OrgEntityType { TILL, STORE, ZONE, CONCEPT }
