package archfixture.bad.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Breaks "rows, repositories and mappers are not public". */
@MappedEntity("customer")
public record PublicCustomerRow(@Id Long id, String mobile) {
}
