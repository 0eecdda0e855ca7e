package archfixture.bad.adapter.persistence;

import archfixture.bad.application.port.out.LoadCustomerPort;
import archfixture.bad.domain.customer.Customer;

public class CustomerPersistenceAdapter implements LoadCustomerPort {
    @Override
    public Customer loadByMobile(String mobile) {
        return new Customer(1, mobile);
    }
}
