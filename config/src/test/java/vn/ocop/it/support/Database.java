package vn.ocop.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the test server's database directly (client side), to check what the portal stored. */
public final class Database {

    private Database() {
    }

    /** The role that owns the PostgreSQL test databases and migrates them (bin/it-servers.sh). */
    public static final String OWNER_ROLE = "ocop_it_owner";
    /** The role the servers' pools connect to PostgreSQL as. */
    public static final String RUNTIME_ROLE = "ocop_it_runtime";

    /** The database of the server under test: see bin/it-servers.sh. */
    public static Connection connect() throws SQLException {
        Path it = Path.of(System.getProperty("ocop.it.dir", "target/it")).toAbsolutePath();
        String postgres = postgresDatabase();
        if (postgres != null) {
            return postgres(postgres, "postgres");
        }
        return h2(it.resolve(h2Folder()));
    }

    /**
     * The folder (under the servers' folder) of the H2 database of the server under test, when it runs on H2: the first
     * Payara always, the second Payara and WildFly where PostgreSQL did not answer (bin/it-servers.sh).
     */
    public static String h2Folder() {
        return switch (System.getProperty("ocop.it.db", "h2")) {
            case "postgresql" -> "h2-payara";
            case "wildfly" -> "h2-wildfly";
            default -> "h2";
        };
    }

    /** Whether the server under test runs on PostgreSQL (the second Payara or WildFly, where PostgreSQL answered). */
    public static boolean isPostgresql() {
        return postgresDatabase() != null;
    }

    /** The name of the PostgreSQL database of the server under test, null when it runs on H2. */
    public static String postgresDatabase() {
        Path it = Path.of(System.getProperty("ocop.it.dir", "target/it")).toAbsolutePath();
        String server = System.getProperty("ocop.it.db", "h2");
        if ("postgresql".equals(server) && Files.exists(it.resolve("postgresql.available"))) {
            return "ocop_it";
        }
        if ("wildfly".equals(server) && Files.exists(it.resolve("wildfly.postgresql"))) {
            return "ocop_it_wf";
        }
        return null;
    }

    /** A PostgreSQL database of the test server (trust authentication) as the given role. */
    public static Connection postgres(String database, String role) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, role, "trust");
    }

    private static Connection h2(Path folder) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("ocop") + ";AUTO_SERVER=TRUE", "sa", "ocop");
    }

    /** Waits (at most 30 s) until the test deployment created its accounts. */
    public static void awaitTestAccounts() {
        awaitRows("SELECT COUNT(*) FROM user_account WHERE username LIKE 'it-%'", 9);
    }

    /** Waits (at most 30 s) until the test deployment registered its products ({@code TestRegistrations}). */
    public static void awaitTestRegistrations() {
        awaitRows("SELECT COUNT(*) FROM product WHERE name LIKE '%it-%'", 2);
    }

    /** Waits (at most 30 s) until the query counts at least the given number of rows. */
    public static void awaitRows(String sql, long rows) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (count(sql) < rows) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("test data not created: " + sql);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Sends the rows batched so far, statement by statement in the order given (a row's parents first). */
    public static void executeBatches(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    public static long count(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Changes rows directly, as a test's own set-up (undone by the same test) or as another server or an administrator
     * elsewhere would; answers how many rows changed.
     */
    public static int update(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
