package archfixture.bad.application.port.out;

import archfixture.bad.domain.customer.Customer;

public interface LoadCustomerPort {
    Customer loadByMobile(String mobile);
}
