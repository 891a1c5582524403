package org.mentorship.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * What the services expect to find in PostgreSQL: the role {@code mentorship} and one database per service, owned
 * by it (each service owns its own database, as the design says). Checked on every start, created when missing, so
 * a database added later appears without a reset. The superuser is only for this; the services never use it.
 */
final class PostgresSetup {

    static final String SUPERUSER = "postgres";
    /** Local-only (the server listens on localhost), like every default here; not a production secret. */
    static final String SUPERUSER_PASSWORD = "postgres";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private PostgresSetup() {}

    static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** A real query as the superuser: the server accepts connections and authenticates. */
    static boolean ping(int port) {
        try (Connection connection = connect(port, "postgres", SUPERUSER, SUPERUSER_PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 1")) {
            return result.next();
        } catch (SQLException e) {
            return false;
        }
    }

    static void ensure(int port, String role, String password, List<String> databases) throws SQLException {
        requireIdentifier(role);
        databases.forEach(PostgresSetup::requireIdentifier);
        try (Connection connection = connect(port, "postgres", SUPERUSER, SUPERUSER_PASSWORD)) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
                try (Statement statement = connection.createStatement()) {
                    // Identifiers and the literal are checked above / escaped here; DDL takes no bind parameters.
                    statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
                }
            }
            for (String database : databases) {
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE " + database + " OWNER " + role + " ENCODING 'UTF8'");
                    }
                    giveSchema(port, database, role);
                }
            }
        }
    }

    /** The public schema to the owner too, so Flyway's DDL works on PostgreSQL 15+ where PUBLIC lost CREATE. */
    private static void giveSchema(int port, String database, String role) throws SQLException {
        try (Connection connection = connect(port, database, SUPERUSER, SUPERUSER_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER SCHEMA public OWNER TO " + role);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    static Connection connect(int port, String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "3");
        properties.setProperty("socketTimeout", "30");
        // The driver directly, not DriverManager: works whatever class loader the caller (a test runner) uses.
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(port, database), properties);
        if (connection == null) {
            throw new SQLException("PostgreSQL driver refused " + jdbcUrl(port, database));
        }
        return connection;
    }

    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
    }
}
