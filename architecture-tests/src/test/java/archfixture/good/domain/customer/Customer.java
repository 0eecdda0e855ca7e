package archfixture.good.domain.customer;

import java.util.Objects;

public record Customer(CustomerId id, String mobile) {
    public Customer {
        Objects.requireNonNull(id, "id");
    }
}
