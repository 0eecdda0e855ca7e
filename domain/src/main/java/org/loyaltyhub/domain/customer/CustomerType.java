package org.loyaltyhub.domain.customer;

public enum CustomerType { LOYALTY, NON_LOYALTY }
