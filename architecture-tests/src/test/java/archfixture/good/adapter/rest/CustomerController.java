package archfixture.good.adapter.rest;

import archfixture.good.application.port.in.CustomerQuery;
import archfixture.good.application.port.in.GetCustomerUseCase;
import jakarta.inject.Singleton;

/** Adapters may use the framework; they reach the application through the in-port only. */
@Singleton
public class CustomerController {
    private final GetCustomerUseCase getCustomer;

    public CustomerController(GetCustomerUseCase getCustomer) {
        this.getCustomer = getCustomer;
    }

    public String get(String mobile) {
        return getCustomer.getCustomer(new CustomerQuery(mobile)).map(c -> c.mobile()).orElse("");
    }
}
