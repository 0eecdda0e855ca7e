package archfixture.good.adapter.persistence;

import archfixture.good.domain.customer.Customer;
import org.mapstruct.Mapper;

@Mapper(componentModel = "jakarta")
interface CustomerRowMapper {
    Customer toDomain(CustomerRow row);
}
