package archfixture.bad.domain.customer;

import archfixture.bad.application.port.in.CustomerQuery;

/** Breaks "dependencies point inward": the domain knows an application type. */
public record OutwardLookingCustomer(long id, CustomerQuery query) {
}
