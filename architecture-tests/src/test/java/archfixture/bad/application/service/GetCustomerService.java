package archfixture.bad.application.service;

import archfixture.bad.application.port.in.CustomerQuery;
import archfixture.bad.application.port.in.GetCustomerUseCase;
import archfixture.bad.application.port.out.LoadCustomerPort;
import archfixture.bad.domain.customer.Customer;

public class GetCustomerService implements GetCustomerUseCase {
    private final LoadCustomerPort customers;

    public GetCustomerService(LoadCustomerPort customers) {
        this.customers = customers;
    }

    @Override
    public Customer getCustomer(CustomerQuery query) {
        return customers.loadByMobile(query.mobile());
    }
}
