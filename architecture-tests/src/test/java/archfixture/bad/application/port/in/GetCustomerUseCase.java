package archfixture.bad.application.port.in;

import archfixture.bad.domain.customer.Customer;

public interface GetCustomerUseCase {
    Customer getCustomer(CustomerQuery query);
}
