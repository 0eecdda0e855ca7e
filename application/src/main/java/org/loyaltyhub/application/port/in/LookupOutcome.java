package org.loyaltyhub.application.port.in;

/** What became of one requested value. */
public enum LookupOutcome {
    FOUND,
    /** Unknown in the caller's org (also when it exists in another org). */
    NOT_FOUND,
    /** Not the shape of the identifier type (a mobile with letters). */
    INVALID,
    /** Nothing between two commas. */
    EMPTY,
    /** The customer was erased by a PII delete; the value is one they had before. */
    DELETED
}
