package org.loyaltyhub.bootstrap.fuzz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table of the database, read through JDBC: its row count and a SHA-256 of its rows (each row's
 * columns as text, rows sorted, so the order the database returns them in does not matter). Two equal
 * fingerprints mean no row was added, removed or changed anywhere.
 */
record DatabaseFingerprint(Map<String, String> tables) {

    /** Read over a connection of its own, outside the server's pool and transactions. */
    static DatabaseFingerprint of(String url, String user, String password) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            for (String table : tableNames(connection)) {
                tables.put(table, fingerprint(connection, table));
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no tables found: the fingerprint would prove nothing");
        }
        return new DatabaseFingerprint(tables);
    }

    /** The tables whose rows differ from {@code before}'s, with both fingerprints. */
    List<String> differencesFrom(DatabaseFingerprint before) {
        List<String> differences = new ArrayList<>();
        before.tables.forEach((table, print) -> {
            if (!print.equals(tables.get(table))) {
                differences.add(table + ": " + print + " -> " + tables.get(table));
            }
        });
        tables.keySet().stream().filter(t -> !before.tables.containsKey(t)).forEach(t -> differences.add(t + ": new table"));
        return differences;
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), null, "%", null)) {
            while (rs.next()) {
                String schema = String.valueOf(rs.getString("TABLE_SCHEM"));
                String type = String.valueOf(rs.getString("TABLE_TYPE")).toUpperCase(java.util.Locale.ROOT);
                // User tables only: "TABLE" (MySQL) or "BASE TABLE" (H2 2.x); no views, no system tables.
                if (!schema.equalsIgnoreCase("INFORMATION_SCHEMA") && type.endsWith("TABLE") && !type.contains("SYSTEM")) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        return names;
    }

    private static String fingerprint(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(rs.getString(c)).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        Collections.sort(rows);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> sha.update(row.getBytes(StandardCharsets.UTF_8)));
            return rows.size() + " rows, " + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
