package vn.ocop.it;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.identity.boundary.UserForm;
import vn.ocop.identity.boundary.Users;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Pdf;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;
import vn.ocop.shared.boundary.AuditFilter;
import vn.ocop.shared.boundary.AuditTrail;


import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The foundation on the real EAR: migrations, units, sign-in, roles, lockout, audit, errors, API. */
@IntegrationTest
class FoundationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL url;

    @EJB
    Users users;

    @EJB
    Geography geography;

    @EJB
    AuditTrail audit;

    private Portal portal() throws Exception {
        Database.awaitTestAccounts();
        return new Portal(url.toURI());
    }

    @Test
    void boundariesRefuseCallersWithoutTheRole() {
        assertThrows(EJBAccessException.class, () -> users.list(null, null, 0, 10));
        assertThrows(EJBAccessException.class, () -> users.create(new UserForm(), "whatever-1".toCharArray()));
        assertThrows(EJBAccessException.class, () -> users.unlock(1L));
        assertThrows(EJBAccessException.class, () -> geography.units());
        assertThrows(EJBAccessException.class, () -> audit.search(AuditFilter.none(), 0, 10));
    }

    @Test
    @RunAsClient
    void migrationsRanOnTheEmptyDatabase() throws Exception {
        HttpResponse<String> health = portal().get("api/v1/health");
        assertEquals(200, health.statusCode());
        JsonObject body = Portal.parse(health.body());
        assertEquals("UP", body.getString("status"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE"), "none failed");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = ? AND \"installed_rank\" ="
                + " (SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")", body.getString("schemaVersion")),
                "the last migration applied is the schema version: " + body.getString("schemaVersion"));
        assertTrue(Database.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")
                >= 13, "every migration applied");
    }

    @Test
    @RunAsClient
    void unitsAreLoadedWithTheirSuccessors() throws Exception {
        Portal portal = portal();
        assertEquals(302, portal.signIn("it-officer", TestAccounts.PASSWORD).statusCode());
        JsonObject units = portal.json("api/v1/units?size=100");
        assertEquals(21, units.getInt("total"));
        JsonObject phung = units.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("name").equals("Thị trấn Phùng")).findFirst().orElseThrow();
        assertEquals("09877", phung.getString("code"));
        assertEquals("COMMUNE", phung.getString("level"));
        assertEquals("2025-06-30", phung.getString("validTo"));
        assertEquals("Xã Đan Phượng", phung.getJsonArray("successors").getJsonObject(0).getString("name"));
        assertTrue(phung.getJsonArray("successors").getJsonObject(0).getBoolean("whole"));
        JsonObject page = portal.json("api/v1/units?page=1&size=5");
        assertEquals(5, page.getJsonArray("items").size());
        assertEquals(21, page.getInt("total"));
    }

    @Test
    @RunAsClient
    void theApiNeedsASession() throws Exception {
        Portal portal = portal();
        HttpResponse<String> anonymous = portal.get("api/v1/me");
        assertEquals(401, anonymous.statusCode());
        assertEquals(302, portal.signIn("it-commune", TestAccounts.PASSWORD).statusCode());
        JsonObject me = portal.json("api/v1/me");
        assertEquals("it-commune", me.getString("username"));
        assertEquals("COMMUNE", me.getString("role"));
        assertEquals("Cán bộ Xã Kiểm thử", me.getString("name"));
        assertEquals("Thị trấn Phùng", me.getJsonObject("unit").getString("name"));
    }

    @Test
    @RunAsClient
    void pagesNeedASignInAndAnotherRolesPagesAreNotFound() throws Exception {
        Portal portal = portal();
        HttpResponse<String> protectedPage = portal.get("admin/users.xhtml");
        assertEquals(302, protectedPage.statusCode());
        assertTrue(protectedPage.headers().firstValue("Location").orElse("").contains("/login.xhtml?next=%2Fadmin%2Fusers.xhtml"));

        assertEquals(302, portal.signIn("it-officer", TestAccounts.PASSWORD).statusCode());
        assertEquals(200, portal.get("index.xhtml").statusCode());
        HttpResponse<String> adminPage = portal.get("admin/users.xhtml");
        assertEquals(404, adminPage.statusCode(), "a page of another role answers as not found");
        assertTrue(adminPage.body().contains("Không tìm thấy trang"), adminPage.body());
        HttpResponse<String> unknown = portal.get("no/such/page.xhtml");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Không tìm thấy trang"));
        assertFalse(unknown.body().contains(".java:") || unknown.body().contains("\tat "), "no stack trace: " + unknown.body());
    }

    @Test
    @RunAsClient
    void signInAndAccountCreationAreAudited() throws Exception {
        Portal portal = portal();
        assertEquals(302, portal.signIn("it-leader", TestAccounts.PASSWORD).statusCode());
        assertTrue(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_SUCCESS' AND actor = 'it-leader'") >= 1);
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'USER_CREATED' AND entity_id = 'it-leader'"
                + " AND state_after LIKE '%role=LEADER%'"));
    }

    @Test
    @RunAsClient
    void theUnitListPrintsAsAnA4PdfWithVietnameseTextAndEmbeddedFonts() throws Exception {
        Portal portal = portal();
        assertEquals(302, portal.signIn("it-officer", TestAccounts.PASSWORD).statusCode());
        HttpResponse<byte[]> response = portal.getBytes("api/v1/units/pdf");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        Pdf pdf = Pdf.read(response.body());
        for (String expected : List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Hà Nội, ngày", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "DANH SÁCH ĐƠN VỊ HÀNH CHÍNH", "Thị trấn Phùng", "Xã Thượng Mỗ",
                "Xã Ô Diên", "Cán bộ Kiểm thử")) {
            assertTrue(pdf.text().contains(expected), expected + " in " + pdf.text());
        }
        assertEquals(595, pdf.width(), 1);
        assertEquals(842, pdf.height(), 1);
        assertTrue(pdf.allFontsEmbedded(), "embedded fonts: " + pdf.fonts());
        assertTrue(pdf.fonts().stream().anyMatch(f -> f.contains("LiberationSerif")), pdf.fonts().toString());
    }

    @Test
    @RunAsClient
    void setupIsClosedOnceAnAdministratorExists() throws Exception {
        assertEquals(404, portal().get("setup.xhtml").statusCode());
    }

    @Test
    @RunAsClient
    void basicCredentialsWorkForTheApiOnly() throws Exception {
        assertEquals(200, portal().getBasic("api/v1/me", "it-admin", TestAccounts.PASSWORD).statusCode());
        assertEquals(401, portal().getBasic("api/v1/me", "it-admin", "wrong-one-1").statusCode());
        assertEquals(302, portal().getBasic("index.xhtml", "it-admin", TestAccounts.PASSWORD).statusCode(),
                "pages take no Basic credentials: they go to the login page");
    }
}
