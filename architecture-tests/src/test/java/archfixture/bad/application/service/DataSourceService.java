package archfixture.bad.application.service;

import javax.sql.DataSource;

/** Breaks "the application depends only on itself, the domain and java..": it should use an out-port. */
public class DataSourceService {
    private final DataSource dataSource;

    public DataSourceService(DataSource dataSource) {
        this.dataSource = dataSource;
    }
}
