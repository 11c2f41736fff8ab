package vn.ocop.shared;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.ocop.shared.control.DatabaseMigrations;

import javax.sql.DataSource;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrations apply on an empty H2 and an empty PostgreSQL and load the reference data. */
class MigrationsTest {

    private static final String PG_SCHEMA = "ocop_migrations_test";

    @Test
    void migrateEmptyH2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1");
        int applied = Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate().migrationsExecuted;
        assertTrue(applied >= 2);
        assertReferenceData(h2);
    }

    @Test
    void migrateEmptyPostgreSql() throws SQLException {
        Assumptions.assumeTrue(postgresAnswers(), "PostgreSQL does not answer on 127.0.0.1:5432: test skipped");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl("jdbc:postgresql://127.0.0.1:5432/test");
        pg.setUser("postgres");
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
        }
        try {
            Flyway.configure().dataSource(pg).schemas(PG_SCHEMA).locations(DatabaseMigrations.locationsFor("PostgreSQL"))
                    .load().migrate();
            pg.setCurrentSchema(PG_SCHEMA);
            assertReferenceData(pg);
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO audit_entry (id, occurred_at, actor, action) VALUES (1, CURRENT_TIMESTAMP, 'it', 'TEST')");
                s.execute("INSERT INTO cert_file (id, media_type, content, sha256, size_bytes) VALUES (1, 'application/pdf', '\\x25504446', 'x', 4)");
                for (String change : List.of("UPDATE audit_entry SET actor = 'someone else'", "DELETE FROM audit_entry",
                        "TRUNCATE audit_entry", "UPDATE cert_file SET sha256 = 'y'", "DELETE FROM cert_file", "TRUNCATE cert_file CASCADE")) {
                    SQLException refused = assertThrows(SQLException.class, () -> s.execute(change), change);
                    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                }
                assertEquals(1, count(pg, "SELECT COUNT(*) FROM audit_entry WHERE actor = 'it'"), "the row is as written");
            }
        } finally {
            pg.setCurrentSchema(null);
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
            }
        }
    }

    private static void assertReferenceData(DataSource ds) throws SQLException {
        assertEquals(16, count(ds, "SELECT COUNT(*) FROM administrative_unit WHERE parent_id = 2"),
                "Đan Phượng had 16 commune-level units");
        assertEquals(3, count(ds, "SELECT COUNT(*) FROM administrative_unit WHERE valid_from = DATE '2025-07-01'"));
        assertEquals(0, count(ds, "SELECT COUNT(*) FROM administrative_unit u WHERE u.parent_id = 2 AND NOT EXISTS"
                + " (SELECT 1 FROM unit_succession s WHERE s.predecessor_id = u.id)"), "every old commune has a successor");
        assertEquals(1, count(ds, "SELECT COUNT(*) FROM administrative_unit WHERE name = 'Xã Tân Hội'"));
        assertEquals(26, count(ds, "SELECT COUNT(*) FROM product_set WHERE criteria_set = '148/QĐ-TTg'"));
        assertEquals(26, count(ds, "SELECT COUNT(*) FROM product_set WHERE criteria_set = '1048/QĐ-TTg'"));
        assertEquals(1, count(ds, "SELECT COUNT(*) FROM product_set WHERE criteria_set = '148/QĐ-TTg' AND number = 7"
                + " AND name = 'Chế biến từ rau, củ, quả, hạt'"));
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static boolean postgresAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
