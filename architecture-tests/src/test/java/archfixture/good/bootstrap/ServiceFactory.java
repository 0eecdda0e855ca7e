package archfixture.good.bootstrap;

import archfixture.good.adapter.persistence.CustomerPersistenceAdapter;
import archfixture.good.application.port.in.GetCustomerUseCase;
import archfixture.good.application.service.GetCustomerService;
import io.micronaut.context.annotation.Factory;

/** Bootstrap sees every ring, including a service and an adapter: the onion rule must allow it. */
@Factory
public class ServiceFactory {
    GetCustomerUseCase getCustomer(CustomerPersistenceAdapter customers) {
        return new GetCustomerService(customers);
    }
}
