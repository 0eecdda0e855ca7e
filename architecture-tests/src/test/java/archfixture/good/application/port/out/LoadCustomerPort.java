package archfixture.good.application.port.out;

import archfixture.good.domain.customer.Customer;
import java.util.Optional;

public interface LoadCustomerPort {
    Optional<Customer> loadByMobile(String mobile);
}
