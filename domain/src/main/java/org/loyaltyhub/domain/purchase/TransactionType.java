package org.loyaltyhub.domain.purchase;

/**
 * Capillary's bill types. REGULAR earns; RETURN gives back (part of) an earlier bill; the
 * NOT_INTERESTED kinds are bills of a customer who declined to earn.
 */
public enum TransactionType {
    REGULAR, RETURN, NOT_INTERESTED, NOT_INTERESTED_RETURN, MIXED, NI_MIXED
}
