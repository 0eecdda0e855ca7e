package org.loyaltyhub.domain.access;

/** How far a user may go with a resource; each level includes the ones before it. */
public enum AccessLevel {
    NONE, READ, WRITE;

    public boolean includes(AccessLevel needed) {
        return compareTo(needed) >= 0;
    }
}
