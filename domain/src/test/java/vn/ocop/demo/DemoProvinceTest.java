package vn.ocop.demo;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The province-size demonstration's rows at a small size, on the real schema (the migrations on an in-memory H2):
 * the communes marked as demonstration units, the producers with their managers and supports, every cycle step with the
 * moves that lead to it, the documents; the products a round and the certificates take are under set 7 with their
 * dossier submitted.
 */
class DemoProvinceTest {

    @Test
    void theRegistrationRowsOfAFewProducersAreCompleteAndConsistent() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:province;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        try (Connection c = h2.getConnection()) {
            c.setAutoCommit(false);
            List<Long> communes = DemoProvince.communes(c, 3);
            DemoProvince.registrations(c, LocalDate.of(2026, 12, 6), communes, 12);
            c.commit();
            assertEquals(3, count(c, "SELECT COUNT(*) FROM administrative_unit WHERE id > 100000000 AND demonstration"
                    + " AND level = 'COMMUNE' AND parent_id = 1 AND name LIKE '% Minh họa %'"));
            assertEquals(12, count(c, "SELECT COUNT(*) FROM producer WHERE id >= 100000000"));
            assertEquals(24, count(c, "SELECT COUNT(*) FROM producer_manager WHERE id >= 100000000"));
            assertEquals(12, count(c, "SELECT COUNT(*) FROM support WHERE id >= 100000000"));
            assertEquals(48, count(c, "SELECT COUNT(*) FROM product WHERE id >= 100000000"));
            assertEquals(240, count(c, "SELECT COUNT(*) FROM dossier_document WHERE id >= 100000000"));
            assertEquals(DemoProvince.STEPS.length, count(c, "SELECT COUNT(DISTINCT step) FROM product WHERE id >= 100000000"),
                    "every cycle step");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM product p WHERE p.id >= 100000000 AND p.step <> (SELECT t.to_step"
                    + " FROM product_transition t WHERE t.product_id = p.id ORDER BY t.occurred_at DESC, t.id DESC LIMIT 1)"),
                    "each product's last move is to its step");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM product p WHERE p.id >= 100000000 AND NOT EXISTS (SELECT 1 FROM"
                    + " product_transition t WHERE t.product_id = p.id AND t.from_step IS NULL AND t.to_step = 'IDEA_REGISTERED')"),
                    "each product was registered first");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM product WHERE id >= 100000000 AND step = 'DOSSIER_SUBMITTED'"
                    + " AND (product_set_id <> 7 OR registration_type IS NULL)"));
            for (int k = 0; k < 8; k++) {
                assertEquals(1, count(c, "SELECT COUNT(*) FROM product WHERE step = 'DOSSIER_SUBMITTED' AND id = "
                        + DemoProvince.submitted(k)), "the k-th submitted product");
            }
            assertTrue(count(c, "SELECT COUNT(*) FROM product WHERE name_key LIKE '%minh hoa%'") == 48, "searchable without diacritics");
        }
    }

    @Test
    void theMovesLeadThroughTheCycleInOrder() {
        assertEquals(List.of(), DemoProvince.path("IDEA_REGISTERED"));
        assertEquals(List.of("IDEA_RETURNED"), DemoProvince.path("IDEA_RETURNED"));
        assertEquals(List.of("IDEA_ACCEPTED", "PLAN_SUBMITTED", "PREPARING", "DOSSIER_SUBMITTED"),
                DemoProvince.path("DOSSIER_SUBMITTED"));
        for (String step : DemoProvince.STEPS) {
            List<String> path = DemoProvince.path(step);
            String from = "IDEA_REGISTERED";
            for (String to : path) {
                assertTrue(vn.ocop.registration.entity.CycleStep.valueOf(from)
                        .canMoveTo(vn.ocop.registration.entity.CycleStep.valueOf(to)), from + " → " + to);
                from = to;
            }
            assertEquals(step, from);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
