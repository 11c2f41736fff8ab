package vn.ocop.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Upgrade without loss: the test database held release 1.0's schema and data (UpgradeFixture)
 * before the current EAR was deployed; every fixture record must have survived the migrations.
 * Tagged "database": it runs on every server and database, since what it checks is each database's own.
 */
@Tag("database")
@IntegrationTest
class UpgradeIT extends ClientTest {

    @Test
    void theRecordsOfTheFormerReleaseSurviveTheMigrations() throws Exception {
        Database.awaitTestAccounts();
        assertEquals(0, Database.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE"),
                "no migration failed");
        assertTrue(Database.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = ?",
                System.getProperty("ocop.it.previous.schema", "2")) == 1, "the former release's schema was there first");
        String current = Portal.parse(new Portal(url.toURI()).get("api/v1/health").body()).getString("schemaVersion");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = ? AND \"success\" = TRUE",
                current), "the database is at the EAR's schema version " + current);
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT username, full_name, role, unit_id, email, enabled, locale, failed_logins,"
                    + " version FROM user_account WHERE id >= 900001 ORDER BY id")) {
                assertTrue(r.next());
                assertEquals("r1-officer|Nguyễn Văn Bình|OFFICER|2|binh@example.vn|true|vi|2|3", row(r, 9));
                assertTrue(r.next());
                assertEquals("r1-commune|Trần Thị Hoa|COMMUNE|21|null|false|en|0|1", row(r, 9));
            }
            try (ResultSet r = s.executeQuery("SELECT actor, action, entity_id, state_after, reason FROM audit_entry"
                    + " WHERE id >= 900001 ORDER BY id")) {
                assertTrue(r.next());
                assertEquals("r1-officer|LOGIN_SUCCESS|null|null|null", row(r, 5));
                assertTrue(r.next());
                assertEquals("admin|USER_UPDATED|r1-commune|fullName=Trần Thị Hoa; role=COMMUNE; enabled=false|Nghỉ việc", row(r, 5));
            }
        }
    }

    private static String row(ResultSet r, int columns) throws java.sql.SQLException {
        StringBuilder text = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
            text.append(c > 1 ? "|" : "").append(r.getObject(c));
        }
        return text.toString();
    }
}
