package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Pdf;
import vn.ocop.it.support.Portal;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The criteria catalogue through the API: 26 sheets of 148/QĐ-TTg and one of 1048/QĐ-TTg as
 * migration V6 loads them, the known faults of the transcription reported with their corrections,
 * the sheets that cannot be used for scoring, the blank sheet PDF, and the pages' roles.
 */
@IntegrationTest
class CriteriaCatalogueIT extends ClientTest {

    private static Map<String, JsonObject> sets(Portal portal) {
        return portal.json("api/v1/criteria-sets").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(o -> o.getString("code"), o -> o));
    }

    private static JsonObject sheet(JsonObject set, int productSetNumber) {
        return set.getJsonArray("sheets").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonObject("productSet").getInt("number") == productSetNumber).findFirst().orElseThrow();
    }

    @Test
    void answersTheTwoCriteriaSetsWithTwentySixAndOneSheets() throws Exception {
        Map<String, JsonObject> sets = sets(Portal.signedIn(url, "it-council"));
        JsonObject set148 = sets.get("148/QĐ-TTg");
        JsonObject set1048 = sets.get("1048/QĐ-TTg");
        assertEquals(26, set148.getJsonArray("sheets").size());
        assertEquals(1, set1048.getJsonArray("sheets").size());
        assertEquals("2023-02-24", set148.getString("effectiveFrom"));
        assertEquals("2019-08-21", set1048.getString("effectiveFrom"));
        assertEquals(40, set148.getJsonObject("parts").getInt("A"));
        assertEquals(35, set148.getJsonObject("parts").getInt("C"));
        assertEquals(35, set1048.getJsonObject("parts").getInt("A"));
        assertEquals(40, set1048.getJsonObject("parts").getInt("C"));
        JsonObject fresh = set1048.getJsonArray("sheets").getJsonObject(0);
        assertEquals("Rau, củ, quả, hạt tươi", fresh.getJsonObject("productSet").getString("name"));
        assertEquals(100, fresh.getJsonNumber("total").intValue());
        for (JsonObject sheet : set148.getJsonArray("sheets").getValuesAs(JsonObject.class)) {
            assertTrue(sheet.containsKey("productSet") && sheet.containsKey("total") && sheet.containsKey("problems")
                    && sheet.containsKey("corrections"), sheet.toString());
        }
        long problems = set148.getJsonArray("sheets").getValuesAs(JsonObject.class).stream()
                .mapToLong(s -> s.getJsonArray("problems").size()).sum();
        assertEquals(19, problems, "the 19 known faults of the transcription");
    }

    @Test
    void aFaultySheetReportsItsProblemsAndStaysUnusable() throws Exception {
        JsonObject set148 = sets(Portal.signedIn(url, "it-officer")).get("148/QĐ-TTg");
        JsonObject tea = sheet(set148, 12);
        assertFalse(tea.getBoolean("usable"));
        assertEquals(97, tea.getJsonNumber("total").intValue());
        JsonObject problem = tea.getJsonArray("problems").getJsonObject(0);
        assertEquals("Phần C", problem.getString("path"));
        assertEquals("MISMATCH", problem.getString("kind"));
        assertEquals("35", problem.getString("expected"));
        assertEquals("32", problem.getString("found"));
        assertFalse(problem.getBoolean("resolved"));

        JsonObject processed = sheet(set148, 7);
        assertTrue(processed.getBoolean("usable"));
        assertEquals(3, processed.getJsonArray("problems").size());
        assertTrue(processed.getJsonArray("problems").getValuesAs(JsonObject.class).stream().allMatch(p -> p.getBoolean("resolved")));
        JsonObject correction = processed.getJsonArray("corrections").getJsonObject(0);
        assertEquals("SCORE", correction.getString("field"));
        assertEquals("3", correction.getString("oldValue"));
        assertEquals("4", correction.getString("newValue"));
        assertTrue(correction.getString("reason").contains("d) Mùi"));

        List<Integer> unusable = set148.getJsonArray("sheets").getValuesAs(JsonObject.class).stream()
                .filter(s -> !s.getBoolean("usable")).map(s -> s.getJsonObject("productSet").getInt("number")).sorted().toList();
        assertEquals(List.of(11, 12, 13), unusable);
    }

    @Test
    void printsTheBlankSheetOfAUsableSheetOnly() throws Exception {
        Portal portal = Portal.signedIn(url, "it-council");
        JsonObject set148 = sets(portal).get("148/QĐ-TTg");
        HttpResponse<byte[]> pdf = portal.getBytes("api/v1/criteria-sets/sheets/" + sheet(set148, 7).getInt("id") + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        Pdf printed = Pdf.read(pdf.body());
        assertEquals(595, printed.width(), 1);
        assertTrue(printed.allFontsEmbedded(), printed.fonts().toString());
        assertTrue(printed.text().contains("PHIẾU ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP"), printed.text());
        assertTrue(printed.text().contains("Chế biến từ rau, củ, quả, hạt"), printed.text());
        assertTrue(printed.text().contains("Tự nhiên của thành phần nguyên liệu, phù hợp, hấp dẫn"), printed.text());

        HttpResponse<String> refused = portal.get("api/v1/criteria-sets/sheets/" + sheet(set148, 12).getInt("id") + "/pdf");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("rating.sheet.notUsable"), refused.body());
        assertEquals(404, portal.get("api/v1/criteria-sets/sheets/999999/pdf").statusCode());
    }

    @Test
    void thePagesAreForTheOfficeCouncilsLeadersAndAdministrators() throws Exception {
        Portal council = Portal.signedIn(url, "it-council");
        HttpResponse<String> page = council.get("rating/criteria.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("148/QĐ-TTg") && page.body().contains("Chưa dùng được"), "criteria page");
        JsonObject set148 = sets(council).get("148/QĐ-TTg");
        HttpResponse<String> form = council.get("rating/sheet.xhtml?id=" + sheet(set148, 7).getInt("id"));
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Tự nhiên của thành phần nguyên liệu, phù hợp, hấp dẫn"), "sheet page");
        assertEquals(404, Portal.signedIn(url, "it-commune").get("rating/criteria.xhtml").statusCode(),
                "a commune officer's page of another role answers as unknown");
    }
}
