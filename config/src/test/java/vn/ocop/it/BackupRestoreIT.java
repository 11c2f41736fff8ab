package vn.ocop.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;
import vn.ocop.shared.control.DatabaseMigrations;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database's keeping: the documented backup and restore (config/bin/backup.sh, restore.sh) of the database of the
 * server under test, and on PostgreSQL the owner and runtime roles apart (the portal's pool cannot change the audit
 * log or the issued files, nor the schema). Both in one class: one deployment for both. Tagged "database": it runs on
 * every server and database.
 */
@Tag("database")
@IntegrationTest
class BackupRestoreIT extends ClientTest {

    private static final List<String> TABLES = List.of("audit_entry", "user_account", "administrative_unit",
            "unit_succession", "producer", "product", "product_transition", "\"flyway_schema_history\"");
    private static final String PERMISSION_DENIED = "42501";

    /**
     * A backup, readable by its owner only, restored into a new database holds the same records; on PostgreSQL the
     * restored database belongs to the owner role and serves: the portal's start-up migrates nothing and gives the
     * runtime role its rights again, and the runtime role reads and writes every record it may, with no "permission
     * denied", and still cannot change the audit log.
     */
    @Test
    void aBackupRestoredIntoANewDatabaseHoldsTheSameRecordsAndServes() throws Exception {
        Database.awaitTestAccounts();
        Path it = Path.of(System.getProperty("ocop.it.dir", "target/it")).toAbsolutePath();
        String database = Database.postgresDatabase();
        Map<String, String> before;
        try (Connection source = Database.connect()) {
            before = snapshot(source);
        }
        assertTrue(Integer.parseInt(before.get("user_account").split(" ")[0]) >= 6, "the test accounts are there: " + before);

        if (database != null) {
            Assumptions.assumeTrue(new File("/usr/bin/pg_dump").canExecute() || onPath("pg_dump"),
                    "pg_dump is not installed: backup test skipped");
            String restored = database + "_restored";
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "trust");
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)");
            }
            Path file = it.resolve(database + ".dump");
            Files.deleteIfExists(file);
            run("backup.sh", "postgresql", database, file.toString());
            assertOwnerOnly(file);
            String output = run("restore.sh", "postgresql", file.toString(), restored);
            assertTrue(output.contains("data-source=ocop:write-attribute(name=connection-url,value=\"jdbc:postgresql://127.0.0.1:5432/"
                    + restored + "\")") && output.contains("ocop-pool.property.url=jdbc:postgresql://127.0.0.1:5432/" + restored),
                    "restore.sh says how to switch the datasources over:\n" + output);
            try {
                try (Connection copy = Database.postgres(restored, "postgres")) {
                    assertEquals(before, snapshot(copy));
                    assertEquals(List.of(), strings(copy, "SELECT tablename || ' ' || tableowner FROM pg_tables"
                            + " WHERE schemaname = 'public' AND tableowner <> '" + Database.OWNER_ROLE + "'"), "the owner role owns every table");
                    assertEquals(List.of(Database.OWNER_ROLE), strings(copy,
                            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
                }
                // The portal's start-up on the restored database: the owner migrates (nothing left to do) and gives the
                // runtime role its rights again; it failed here with "permission denied for table flyway_schema_history".
                assertEquals(0, DatabaseMigrations.configuration(dataSource(restored, Database.OWNER_ROLE),
                        dataSource(restored, Database.RUNTIME_ROLE)).load().migrate().migrationsExecuted);
                try (Connection runtime = Database.postgres(restored, Database.RUNTIME_ROLE)) {
                    assertTheRuntimeRoleServes(runtime);
                }
            } finally {
                try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "trust");
                     Statement statement = admin.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)");
                }
            }
        } else {
            String folder = Database.h2Folder();
            Path file = it.resolve(folder + "-backup.zip");
            Path restored = it.resolve(folder + "-restored");
            deleteTree(restored);
            Files.deleteIfExists(file);
            run("backup.sh", "h2", it.resolve(folder).resolve("ocop").toString(), file.toString());
            assertOwnerOnly(file);
            run("restore.sh", "h2", file.toString(), restored.resolve("ocop").toString());
            try (Connection copy = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("ocop"), "sa", "ocop")) {
                assertEquals(before, snapshot(copy));
            }
        }
    }

    /**
     * On PostgreSQL the server's pool connects as the runtime role, which cannot update or delete an audit row or an
     * issued file (permission denied, before the append-only trigger is even reached), nor change the schema, while
     * the portal signs in and audits as usual.
     */
    @Test
    void theRuntimeRoleCannotChangeAnAuditRowOrAnIssuedFileWhileThePortalWorks() throws Exception {
        String database = Database.postgresDatabase();
        Assumptions.assumeTrue(database != null, "runs on PostgreSQL only (H2 has one user)");
        Database.awaitTestAccounts();
        long signIns = Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_SUCCESS' AND actor = 'it-leader'");
        assertEquals(302, new Portal(url.toURI()).signIn("it-leader", TestAccounts.PASSWORD).statusCode());
        assertEquals(signIns + 1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_SUCCESS' AND actor = 'it-leader'"),
                "the portal audits the sign-in");
        try (Connection admin = Database.connect()) {
            assertTrue(strings(admin, "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database()")
                    .contains(Database.RUNTIME_ROLE), "the server's pool connects as " + Database.RUNTIME_ROLE);
            assertEquals(List.of(), strings(admin, "SELECT tablename || ' ' || tableowner FROM pg_tables"
                    + " WHERE schemaname = 'public' AND tableowner <> '" + Database.OWNER_ROLE + "'"), "the owner role owns every table");
        }
        try (Connection runtime = Database.postgres(database, Database.RUNTIME_ROLE)) {
            assertTheRuntimeRoleServes(runtime);
        }
    }

    /** Reads every table, writes as the portal does, and is refused any change to the append-only records or the schema. */
    private static void assertTheRuntimeRoleServes(Connection runtime) throws SQLException {
        runtime.setAutoCommit(false);
        try (Statement s = runtime.createStatement()) {
            for (String table : strings(runtime, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
                try (ResultSet rows = s.executeQuery("SELECT * FROM \"" + table + "\" LIMIT 1")) {
                    rows.next();
                }
            }
            for (String sequence : strings(runtime, "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")) {
                try (ResultSet next = s.executeQuery("SELECT nextval('\"" + sequence + "\"')")) {
                    next.next();
                }
            }
            assertTrue(s.executeUpdate("UPDATE user_account SET failed_logins = failed_logins WHERE username LIKE 'it-%'") >= 9);
            s.executeUpdate("INSERT INTO audit_entry (id, occurred_at, actor, action) SELECT COALESCE(MAX(id), 0) + 1000000,"
                    + " CURRENT_TIMESTAMP, 'it-runtime-role', 'TEST' FROM audit_entry");
            runtime.rollback();
            for (String change : List.of("UPDATE audit_entry SET actor = 'someone else' WHERE actor = 'it-leader'",
                    "DELETE FROM audit_entry WHERE actor = 'it-leader'", "UPDATE cert_file SET sha256 = 'forged'", "DELETE FROM cert_file",
                    "TRUNCATE audit_entry", "INSERT INTO \"flyway_schema_history\" SELECT * FROM \"flyway_schema_history\" LIMIT 1",
                    "CREATE TABLE intruder (id INT)", "ALTER TABLE cert_file DISABLE TRIGGER cert_file_append_only")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(change), change);
                assertEquals(PERMISSION_DENIED, refused.getSQLState(), change + ": " + refused.getMessage());
                runtime.rollback();
            }
        } finally {
            runtime.rollback();
            runtime.setAutoCommit(true);
        }
    }

    private static PGSimpleDataSource dataSource(String database, String role) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:5432/" + database);
        dataSource.setUser(role);
        dataSource.setPassword("trust");
        return dataSource;
    }

    private static void assertOwnerOnly(Path file) throws IOException {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "the backup holds password hashes and every document: readable by its owner only");
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Per table: the row count and a digest of all rows in key order. */
    private static Map<String, String> snapshot(Connection connection) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        for (String table : TABLES) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                int columns = rows.getMetaData().getColumnCount();
                int count = 0;
                long digest = 17;
                while (rows.next()) {
                    count++;
                    for (int c = 1; c <= columns; c++) {
                        Object value = rows.getObject(c);
                        digest = 31 * digest + (value == null ? 0 : String.valueOf(value).hashCode());
                    }
                }
                tables.put(table.replace("\"", ""), count + " rows, digest " + digest);
            }
        }
        return tables;
    }

    private static String run(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("bin", script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGHOST", "127.0.0.1");
        builder.environment().put("PGUSER", "postgres");
        builder.environment().put("OCOP_DB_OWNER", Database.OWNER_ROLE);
        builder.environment().put("OCOP_DB_RUNTIME", Database.RUNTIME_ROLE);
        builder.environment().put("H2_JAR", Path.of("target", "drivers", "h2.jar").toAbsolutePath().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), script + " finished");
        assertEquals(0, process.exitValue(), script + " " + String.join(" ", arguments) + ":\n" + output);
        return output;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
