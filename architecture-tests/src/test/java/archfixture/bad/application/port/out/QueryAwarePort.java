package archfixture.bad.application.port.out;

import archfixture.bad.application.port.in.CustomerQuery;
import archfixture.bad.domain.customer.Customer;

/** Breaks "in-ports and out-ports do not depend on each other". */
public interface QueryAwarePort {
    Customer load(CustomerQuery query);
}
