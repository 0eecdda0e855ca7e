package archfixture.good.application.port.in;

import archfixture.good.domain.customer.Customer;
import java.util.Optional;

public interface GetCustomerUseCase {
    Optional<Customer> getCustomer(CustomerQuery query);
}
