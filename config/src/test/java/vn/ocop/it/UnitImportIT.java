package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The official list of administrative units through the API: the demonstration's list imports, is
 * confirmed and a second import changes nothing, audited each time; a list with one bad row stores
 * nothing and names the row in both languages; a province of 131 communes of today imports, and the
 * dashboard, the pickers, the statistics, the coverage and the units API stay bounded.
 */
@IntegrationTest
class UnitImportIT extends ClientTest {

    private static final String CSV = "text/csv";
    private static final String PREVIEW = "api/v1/unit-lists/preview";
    private static final String IMPORT = "api/v1/unit-lists/import";

    private static JsonObject json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Portal.parse(response.body());
    }

    @Test
    void theDemonstrationsListImportsAndASecondImportChangesNothing() throws Exception {
        Portal admin = Portal.signedIn(url, "it-admin");
        long units = Database.count("SELECT COUNT(*) FROM administrative_unit");
        long audits = Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'UNITS_IMPORTED' AND actor = 'it-admin'");

        JsonObject first = json(admin.postBytes(IMPORT, CSV, ProvinceUnits.sample()), 200);
        assertEquals(21, first.getInt("rows"));
        assertEquals(0, first.getInt("added"));
        assertEquals(0, first.getInt("changed"));
        assertEquals(21, first.getInt("confirmed") + first.getInt("unchanged"), first.toString());
        assertEquals(0, first.getInt("successionsAdded"), "the 2025 successions are kept as they are");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM administrative_unit WHERE demonstration = TRUE"), "confirmed by the list");

        JsonObject again = json(admin.postBytes(IMPORT, CSV, ProvinceUnits.sample()), 200);
        assertEquals(21, again.getInt("unchanged"), again.toString());
        assertEquals(0, again.getInt("added") + again.getInt("changed") + again.getInt("confirmed") + again.getInt("successionsAdded"));
        assertEquals(units, Database.count("SELECT COUNT(*) FROM administrative_unit"), "nothing added, nothing deleted");
        assertEquals(20, Database.count("SELECT COUNT(*) FROM unit_succession WHERE effective_on = DATE '2025-07-01'"
                + " AND successor_id IN (40, 41, 42)"), "the successions of 2025");
        assertEquals(audits + 2, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'UNITS_IMPORTED' AND actor = 'it-admin'"));
        assertTrue(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'UNITS_IMPORTED' AND actor = 'it-admin'"
                + " AND state_after LIKE 'rows=21, added=0, changed=0, confirmed=0, unchanged=21%'") >= 1, "who, when, how many");

        HttpResponse<byte[]> current = admin.getBytes("api/v1/unit-lists/current.csv");
        assertEquals(200, current.statusCode());
        String text = new String(current.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFcode,name,type,parent_code,valid_from,valid_to,replaces_whole,replaces_part"), text);
        assertTrue(text.contains("09898,Xã Ô Diên,Xã,01,01/07/2025,,09898;09910,09889;09892;09895;09901;09913;273"), text);
        JsonObject roundTrip = json(admin.postBytes(PREVIEW, CSV, current.body()), 200);
        assertTrue(roundTrip.getBoolean("valid"), roundTrip.toString());
        assertEquals(0, roundTrip.getInt("added") + roundTrip.getInt("changed") + roundTrip.getInt("successionsAdded"));
    }

    @Test
    void aListWithOneBadRowStoresNothingAndNamesTheRowInBothLanguages() throws Exception {
        Portal admin = Portal.signedIn(url, "it-admin");
        long units = Database.count("SELECT COUNT(*) FROM administrative_unit");
        byte[] file = (ProvinceUnits.HEADER + "89001,Xã Kiểm Thử Lỗi A,Xã,01,01/07/2025,,,\n"
                + "89002,Xã Kiểm Thử Lỗi B,Xã,999,01/07/2025,,,\n").getBytes(StandardCharsets.UTF_8);

        JsonObject preview = json(admin.postBytes(PREVIEW, CSV, file), 200);
        assertFalse(preview.getBoolean("valid"));
        assertEquals(1, preview.getJsonArray("problems").size(), preview.toString());
        JsonObject problem = preview.getJsonArray("problems").getJsonObject(0);
        assertEquals(3, problem.getInt("row"));
        assertEquals("parent_code", problem.getString("column"));
        assertEquals("geography_import.unknownParent", problem.getString("messageKey"));
        assertTrue(problem.getString("messageVi").contains("Không có đơn vị mã 999"), problem.toString());
        assertTrue(problem.getString("messageEn").contains("No unit of code 999"), problem.toString());

        JsonObject refused = json(admin.postBytes(IMPORT, CSV, file), 400);
        assertEquals("geography_import.hasErrors", refused.getString("messageKey"));
        assertEquals(units, Database.count("SELECT COUNT(*) FROM administrative_unit"), "not even the good row");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM administrative_unit WHERE code = '89001'"));

        Portal officer = Portal.signedIn(url, "it-officer");
        assertEquals(403, officer.postBytes(PREVIEW, CSV, file).statusCode(), "the administrator's only");
    }

    @Test
    void aProvinceOfOverAHundredCommunesKeepsEveryPageBounded() throws Exception {
        Portal admin = Portal.signedIn(url, "it-admin");
        try {
            JsonObject imported = json(admin.postBytes(IMPORT, CSV, ProvinceUnits.csv()), 200);
            assertEquals(ProvinceUnits.COUNT, imported.getInt("added"), imported.toString());
            Portal officer = Portal.signedIn(url, "it-officer");

            // The dashboard: twelve groups of communes at a time, the range says how many there are.
            String home = officer.get("index.xhtml").body();
            assertEquals(12, count(home, "class=\"commune-group\""), "one page of communes");
            assertTrue(home.contains("Xã 1–12 trong 131"), "the range of communes shown");
            assertTrue(home.contains("Xã Ô Diên") && home.contains("Xã Tân Hội"), "the communes with products come first");
            assertFalse(home.contains("Kiểm Thử 128"), "not every commune on the page");
            assertTrue(count(home, "commune-tile") < 60, "a bounded number of tiles");

            // Pickers filter (without diacritics); lists page.
            String products = officer.get("registration/products.xhtml").body();
            assertTrue(products.contains("ocopUnitMatch") && products.contains("filter:true"), "the commune picker is searchable");
            assertFalse(products.contains("Phường Kiểm Thử 003"), "the picker's list comes when it opens, not with every page");
            String opened = officer.post("registration/products.xhtml", java.util.Map.of("jakarta.faces.partial.ajax", "true",
                    "jakarta.faces.source", "list:commune", "jakarta.faces.partial.execute", "list:commune",
                    "jakarta.faces.partial.render", "list:commune", "list:commune_dynamicload", "true", "list", "list",
                    "jakarta.faces.ViewState", Portal.viewState(products))).body();
            assertTrue(opened.contains("Phường Kiểm Thử 003"),
                    "opened, the picker offers the new wards: " + opened.substring(0, Math.min(300, opened.length())));
            String certificates = officer.get("certification/certificates.xhtml").body();
            assertTrue(certificates.contains("ocopUnitMatch"), "the certificates' commune picker is searchable");
            String statistics = officer.get("reports/statistics.xhtml").body();
            assertTrue(count(statistics, ":commune-count\"") <= 20, "one page of communes in the statistics");
            assertEquals(200, officer.get("training/coverage.xhtml").statusCode());

            // The units: every one of them in the API, a page at a time.
            JsonObject units = officer.json("api/v1/units?size=100000");
            assertTrue(units.getInt("total") >= 21 + ProvinceUnits.COUNT, units.getInt("total") + " units");
            assertTrue(units.getJsonArray("items").size() <= 500);
            String unitsPage = officer.get("geography/units.xhtml").body();
            assertTrue(count(unitsPage, "<tr data-ri=") <= 50, "the units page shows 50 rows a page");
        } finally {
            ProvinceUnits.remove();
        }
        assertEquals(0, Database.count("SELECT COUNT(*) FROM administrative_unit WHERE code LIKE '8%'"));
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
