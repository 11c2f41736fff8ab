package vn.ocop.it;

import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts a test database in the state a previous release left it: that release's schema (the
 * migrations up to its version) and its data (upgrade/release-*.sql). Run by the build before the
 * suite deploys the current EAR. Arguments: JDBC URL, user, password, schema version, fixture.
 */
public final class UpgradeFixture {

    private UpgradeFixture() {
    }

    public static void main(String[] arguments) throws SQLException, IOException {
        String url = arguments[0];
        String user = arguments[1];
        String password = arguments[2];
        String version = arguments[3];
        String fixture = arguments[4];
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target(version)
                .load().migrate();
        String sql;
        try (InputStream in = UpgradeFixture.class.getResourceAsStream("/upgrade/" + fixture)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            for (String command : sql.replaceAll("(?m)^--.*$", "").split(";[ \\t]*(\\r?\\n|$)")) {
                if (!command.isBlank()) {
                    statement.execute(command);
                }
            }
        }
        System.out.println("Upgrade fixture " + fixture + " loaded at schema version " + version + " into " + url);
    }
}
