package org.loyaltyhub.bootstrap.faults;

import java.net.URI;

/** The host and port of a {@code jdbc:mysql://host:port/db?...} URL, and the same URL pointed elsewhere. */
record MySqlAddress(String host, int port, String pathAndQuery) {
    private static final String PREFIX = "jdbc:mysql://";

    static MySqlAddress of(String jdbcUrl) {
        if (!jdbcUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a jdbc:mysql:// URL: " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new MySqlAddress(uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(), uri.getRawPath() + query);
    }

    /** The same database reached through a local port (a {@link TcpProxy}). */
    String throughLocalPort(int localPort) {
        return PREFIX + "127.0.0.1:" + localPort + pathAndQuery;
    }
}
