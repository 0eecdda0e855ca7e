package archfixture.bad.adapter.rest;

import archfixture.bad.application.port.in.CustomerQuery;
import archfixture.bad.application.service.GetCustomerService;

/** Breaks "adapters do not touch application services": it should depend on GetCustomerUseCase. */
public class ServiceCallingController {
    private final GetCustomerService service;

    public ServiceCallingController(GetCustomerService service) {
        this.service = service;
    }

    public String get(String mobile) {
        return service.getCustomer(new CustomerQuery(mobile)).mobile();
    }
}
