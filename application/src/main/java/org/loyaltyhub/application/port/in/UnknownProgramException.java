package org.loyaltyhub.application.port.in;

import java.util.List;

/** A lookup named a program the org does not run; the caller answers with the programs it does run. */
public final class UnknownProgramException extends RuntimeException {
    private final List<Long> knownProgramIds;

    public UnknownProgramException(long programId, List<Long> knownProgramIds) {
        super("program " + programId + " is not a program of this org", null, false, false);
        this.knownProgramIds = List.copyOf(knownProgramIds);
    }

    public List<Long> knownProgramIds() {
        return knownProgramIds;
    }
}
