package vn.ocop.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented backup and restore (config/bin/backup.sh, restore.sh) of the database of the
 * server under test: a backup restored into an empty database holds the same records.
 */
@IntegrationTest
@RunAsClient
class BackupRestoreIT {

    private static final List<String> TABLES = List.of("audit_entry", "user_account", "administrative_unit",
            "unit_succession", "producer", "product", "product_transition", "\"flyway_schema_history\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHoldsTheSameRecords() throws Exception {
        Database.awaitTestAccounts();
        Path it = Path.of(System.getProperty("ocop.it.dir", "target/it")).toAbsolutePath();
        String server = System.getProperty("ocop.it.db", "h2");
        boolean postgres = "postgresql".equals(server)
                || "wildfly".equals(server) && Files.exists(it.resolve("wildfly.postgresql"));
        Map<String, String> before;
        try (Connection source = Database.connect()) {
            before = snapshot(source);
        }
        assertTrue(Integer.parseInt(before.get("user_account").split(" ")[0]) >= 6, "the test accounts are there: " + before);

        if (postgres) {
            Assumptions.assumeTrue(new File("/usr/bin/pg_dump").canExecute() || onPath("pg_dump"),
                    "pg_dump is not installed: backup test skipped");
            String database = "wildfly".equals(server) ? "ocop_it_wf" : "ocop_it";
            String restored = database + "_restored";
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "trust");
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)");
            }
            Path file = it.resolve(database + ".dump");
            run("backup.sh", "postgresql", database, file.toString());
            run("restore.sh", "postgresql", file.toString(), restored);
            try (Connection copy = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + restored, "postgres", "trust")) {
                assertEquals(before, snapshot(copy));
            }
        } else {
            String folder = "wildfly".equals(server) ? "h2-wildfly" : "h2";
            Path file = it.resolve(folder + "-backup.zip");
            Path restored = it.resolve(folder + "-restored");
            deleteTree(restored);
            run("backup.sh", "h2", it.resolve(folder).resolve("ocop").toString(), file.toString());
            run("restore.sh", "h2", file.toString(), restored.resolve("ocop").toString());
            try (Connection copy = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("ocop"), "sa", "ocop")) {
                assertEquals(before, snapshot(copy));
            }
        }
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

    private static void run(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("bin", script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGHOST", "127.0.0.1");
        builder.environment().put("PGUSER", "postgres");
        builder.environment().put("H2_JAR", Path.of("target", "drivers", "h2.jar").toAbsolutePath().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), script + " finished");
        assertEquals(0, process.exitValue(), script + " " + String.join(" ", arguments) + ":\n" + output);
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
