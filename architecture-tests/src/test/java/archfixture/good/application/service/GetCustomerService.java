package archfixture.good.application.service;

import archfixture.good.application.port.in.CustomerQuery;
import archfixture.good.application.port.in.GetCustomerUseCase;
import archfixture.good.application.port.out.LoadCustomerPort;
import archfixture.good.domain.customer.Customer;
import java.util.Optional;

public class GetCustomerService implements GetCustomerUseCase {
    private final LoadCustomerPort customers;

    public GetCustomerService(LoadCustomerPort customers) {
        this.customers = customers;
    }

    @Override
    public Optional<Customer> getCustomer(CustomerQuery query) {
        return customers.loadByMobile(query.mobile());
    }
}
