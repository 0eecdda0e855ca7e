package archfixture.good.domain.customer;

public record CustomerId(long value) {
    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("customer id must be positive");
        }
    }
}
