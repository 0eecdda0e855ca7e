package archfixture.good.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CustomerRepository {
    Optional<CustomerRow> findByMobile(String mobile);
}
