package archfixture.good.adapter.persistence;

import archfixture.good.application.port.out.LoadCustomerPort;
import archfixture.good.domain.customer.Customer;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The one public class of the adapter: the port implementation. */
@Singleton
public class CustomerPersistenceAdapter implements LoadCustomerPort {
    private final CustomerRepository repository;
    private final CustomerRowMapper mapper;

    CustomerPersistenceAdapter(CustomerRepository repository, CustomerRowMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public Optional<Customer> loadByMobile(String mobile) {
        return repository.findByMobile(mobile).map(mapper::toDomain);
    }
}
