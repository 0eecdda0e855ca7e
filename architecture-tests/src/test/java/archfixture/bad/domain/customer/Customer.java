package archfixture.bad.domain.customer;

public record Customer(long id, String mobile) {
}
