package org.loyaltyhub.domain.program;

public record ProgramId(long value) {
    public ProgramId {
        if (value <= 0) {
            throw new IllegalArgumentException("program id must be positive: " + value);
        }
    }
}
