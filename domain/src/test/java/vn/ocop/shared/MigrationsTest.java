package vn.ocop.shared;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.ocop.shared.control.DatabaseMigrations;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.shared.TestDatabases.count;
import static vn.ocop.shared.TestDatabases.postgresAnswers;
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
            DatabaseMigrations.configuration(pg, pg).schemas(PG_SCHEMA).load().migrate();
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

    /**
     * Owner and runtime roles apart, as the deployment guide sets them up: the owner migrates, the runtime role reads
     * and writes the records but cannot change or remove an audit row or an issued file, nor the schema.
     */
    @Test
    void theRuntimeRoleReadsAndWritesButCannotChangeTheAppendOnlyRecordsNorTheSchema() throws SQLException {
        Assumptions.assumeTrue(postgresAnswers(), "PostgreSQL does not answer on 127.0.0.1:5432: test skipped");
        String schema = PG_SCHEMA + "_roles";
        PGSimpleDataSource admin = postgres("postgres", null);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            for (String role : List.of("ocop_test_owner", "ocop_test_runtime")) {
                s.execute("DO $$ BEGIN CREATE ROLE " + role + " LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
            }
            s.execute("CREATE SCHEMA " + schema + " AUTHORIZATION ocop_test_owner");
        }
        try {
            PGSimpleDataSource owner = postgres("ocop_test_owner", schema);
            PGSimpleDataSource runtime = postgres("ocop_test_runtime", schema);
            DatabaseMigrations.configuration(owner, runtime).schemas(schema).load().migrate();
            assertReferenceData(runtime);
            try (Connection c = runtime.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO audit_entry (id, occurred_at, actor, action) VALUES (1, CURRENT_TIMESTAMP, 'it', 'TEST')");
                s.execute("INSERT INTO cert_file (id, media_type, content, sha256, size_bytes) VALUES (1, 'application/pdf', '\\x25504446', 'x', 4)");
                assertEquals(16, s.executeUpdate("UPDATE administrative_unit SET name = name WHERE parent_id = 2"), "the runtime role writes");
                for (String change : List.of("UPDATE audit_entry SET actor = 'someone else'", "DELETE FROM audit_entry",
                        "TRUNCATE audit_entry", "UPDATE cert_file SET sha256 = 'y'", "DELETE FROM cert_file", "TRUNCATE cert_file CASCADE",
                        "TRUNCATE administrative_unit CASCADE", "DELETE FROM \"flyway_schema_history\"", "CREATE TABLE intruder (id INT)",
                        "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only", "DROP TABLE cert_file")) {
                    SQLException refused = assertThrows(SQLException.class, () -> s.execute(change), change);
                    assertEquals("42501", refused.getSQLState(), change + ": " + refused.getMessage());
                }
                assertEquals(1, count(runtime, "SELECT COUNT(*) FROM audit_entry WHERE actor = 'it'"), "the row is as written");
            }
            // At the next start nothing is to migrate and the grants are given again.
            assertEquals(0, DatabaseMigrations.configuration(owner, runtime).schemas(schema).load().migrate().migrationsExecuted);
            assertEquals(1, count(runtime, "SELECT COUNT(*) FROM cert_file"));
        } finally {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static PGSimpleDataSource postgres(String user, String schema) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl("jdbc:postgresql://127.0.0.1:5432/test");
        pg.setUser(user);
        pg.setCurrentSchema(schema);
        return pg;
    }

    @Test
    void anUpgradeFreezesTheFormerDistrictsTextsOnTheDecisionsAlreadyStoredOnH2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:upgrade13;DB_CLOSE_DELAY=-1");
        assertUpgradeFreezesIssuedDecisions(h2, null);
    }

    @Test
    void anUpgradeFreezesTheFormerDistrictsTextsOnTheDecisionsAlreadyStoredOnPostgreSql() throws SQLException {
        Assumptions.assumeTrue(postgresAnswers(), "PostgreSQL does not answer on 127.0.0.1:5432: test skipped");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl("jdbc:postgresql://127.0.0.1:5432/test");
        pg.setUser("postgres");
        String schema = PG_SCHEMA + "_v13";
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        try {
            assertUpgradeFreezesIssuedDecisions(pg, schema);
        } finally {
            pg.setCurrentSchema(null);
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    /** A decision of the former release (body 273, no texts of its own) keeps, after V13, what that release printed. */
    private static void assertUpgradeFreezesIssuedDecisions(DataSource ds, String schema) throws SQLException {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
        if (schema != null) {
            config = config.schemas(schema);
        }
        config.target("12").load().migrate();
        if (ds instanceof PGSimpleDataSource pg) {
            pg.setCurrentSchema(schema);
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO cert_decision (id, kind, status, body_code, programme_year, summary, legal_bases, proposer,"
                    + " article1, article2, article3, recipients, signing_mode, drafted_at, drafted_by, version) VALUES"
                    + " (7, 'RECOGNITION', 'DRAFT', '273', 2019, 'Về việc công nhận', 'Căn cứ', 'Theo đề nghị', 'Điều 1', 'Điều 2',"
                    + " 'Điều 3', 'Lưu: VT', 'DEPUTY', TIMESTAMP '2019-12-01 09:00:00', 'officer', 0)");
        }
        if (ds instanceof PGSimpleDataSource pg) {
            pg.setCurrentSchema(null);
        }
        config.target("latest").load().migrate();
        if (ds instanceof PGSimpleDataSource pg) {
            pg.setCurrentSchema(schema);
        }
        assertEquals(1, count(ds, "SELECT COUNT(*) FROM cert_decision WHERE id = 7 AND body_header_line1 = 'ỦY BAN NHÂN DÂN'"
                + " AND body_header_line2 = 'HUYỆN ĐAN PHƯỢNG' AND body_authority = 'ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG'"
                + " AND body_short_name = 'UBND huyện Đan Phượng' AND body_place = 'Đan Phượng' AND body_area = 'huyện'"),
                "the 2019 decision keeps the former district's texts");
        assertReferenceData(ds);
    }

    private static void assertReferenceData(DataSource ds) throws SQLException {
        assertEquals(5, count(ds, "SELECT COUNT(*) FROM issuing_body"), "the City, the former district, its three communes");
        assertEquals(1, count(ds, "SELECT COUNT(*) FROM issuing_body b JOIN administrative_unit u ON u.id = b.unit_id"
                + " WHERE b.code = '01' AND u.code = '01' AND b.header_line2 = 'THÀNH PHỐ HÀ NỘI' AND b.valid_to IS NULL"));
        assertEquals(1, count(ds, "SELECT COUNT(*) FROM issuing_body WHERE code = '273' AND valid_to = DATE '2025-06-30'"
                + " AND authority = 'ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG'"));
        assertEquals(3, count(ds, "SELECT COUNT(*) FROM issuing_body b JOIN administrative_unit u ON u.id = b.unit_id"
                + " WHERE b.level = 'COMMUNE' AND u.code = b.code AND b.valid_from = DATE '2025-07-01'"), "the successor communes");
        assertEquals(1, count(ds, "SELECT COUNT(*) FROM issuing_body_role WHERE body_code = '01' AND regime_code = '148-1489'"
                + " AND recognises_from = 3 AND recognises_to = 4 AND forwards_to = 'CENTRAL'"));
        assertEquals(3, count(ds, "SELECT COUNT(*) FROM issuing_body_role r JOIN issuing_body b ON b.code = r.body_code"
                + " WHERE b.level = 'COMMUNE' AND r.prescreens = TRUE AND r.recognises_from IS NULL AND r.forwards_to = '01'"));
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

    /** config/bin/restore.sh gives a restored database the runtime role's rights with a copy of the callback. */
    @Test
    void theRestoreScriptGivesTheSameGrantsAsTheMigrations() throws Exception {
        try (InputStream callback = MigrationsTest.class.getResourceAsStream("/db/postgresql/afterMigrate__runtime_role_grants.sql")) {
            assertEquals(new String(callback.readAllBytes(), StandardCharsets.UTF_8),
                    Files.readString(Path.of("../config/postgresql/runtime-grants.sql")),
                    "config/postgresql/runtime-grants.sql is a copy of db/postgresql/afterMigrate__runtime_role_grants.sql");
        }
    }
}
