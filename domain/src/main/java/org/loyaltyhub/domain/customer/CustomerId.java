package org.loyaltyhub.domain.customer;

/** The numeric id Capillary calls {@code user_id}. */
public record CustomerId(long value) {
    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("customer id must be positive: " + value);
        }
    }

    /** Parses a client-supplied id; empty when it is not a positive whole number. */
    public static java.util.Optional<CustomerId> parse(String raw) {
        if (raw == null || !raw.matches("[0-9]{1,18}")) {
            return java.util.Optional.empty();
        }
        long value = Long.parseLong(raw);
        return value > 0 ? java.util.Optional.of(new CustomerId(value)) : java.util.Optional.empty();
    }
}
