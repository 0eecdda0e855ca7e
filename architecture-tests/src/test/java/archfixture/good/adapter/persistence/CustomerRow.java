package archfixture.good.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("customer")
record CustomerRow(@Id Long id, String mobile) {
}
