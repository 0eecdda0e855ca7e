package org.loyaltyhub.domain.shared;

/** A rule of the loyalty domain refused an operation. The code names the rule for callers to map. */
public class DomainException extends RuntimeException {
    private final String code;

    public DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
