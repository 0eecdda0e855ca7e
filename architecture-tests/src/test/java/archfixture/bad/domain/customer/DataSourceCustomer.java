package archfixture.bad.domain.customer;

import javax.sql.DataSource;

/** Breaks "the domain depends only on itself and the JDK": javax.sql is not javax.crypto. */
public class DataSourceCustomer {
    private final DataSource dataSource;

    public DataSourceCustomer(DataSource dataSource) {
        this.dataSource = dataSource;
    }
}
