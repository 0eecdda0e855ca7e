package archfixture.bad.adapter.rest;

import archfixture.bad.application.port.in.CustomerQuery;
import archfixture.bad.application.port.in.GetCustomerUseCase;
import archfixture.bad.domain.customer.Customer;

/** Breaks "use cases are implemented by *Service classes in application.service". */
public class SelfServingController implements GetCustomerUseCase {
    @Override
    public Customer getCustomer(CustomerQuery query) {
        return new Customer(1, query.mobile());
    }
}
