package archfixture.bad.application.port.in;

import archfixture.bad.domain.customer.Customer;

/** Breaks "interfaces in port.in are use cases named *UseCase". */
public interface CustomerFinder {
    Customer find(String mobile);
}
