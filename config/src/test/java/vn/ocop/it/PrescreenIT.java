package vn.ocop.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Pdf;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commune's pre-screen through the API as it-commune (thị trấn Phùng, taken over on 01/07/2025 by xã Đan Phượng,
 * whose People's Committee pre-screens under 148/QĐ-TTg as amended by 1489/QĐ-TTg): a pass, a return with reasons that
 * sends the product back to preparation, the dossier submitted again and passed; refusals for another commune's
 * product and for an incomplete or inconsistent pre-screen, each storing nothing.
 */
@IntegrationTest
class PrescreenIT extends ClientTest {

    private Portal officer;
    private Portal commune;

    @BeforeEach
    void signIn() throws Exception {
        Database.awaitTestAccounts();
        officer = Portal.signedIn(url, "it-officer");
        commune = Portal.signedIn(url, "it-commune");
    }

    private long submitted(long unit) {
        HttpResponse<String> created = officer.post("api/v1/it-prescreen/products", Map.of("commune", String.valueOf(unit)));
        assertEquals(200, created.statusCode(), created.body());
        return Portal.parse(created.body()).getJsonNumber("product").longValue();
    }

    /** Item id → result, for every item of the checklist: the given result for the item of that code, else MET. */
    private static String items(JsonObject prescreen, Map<String, String> byCode) {
        return prescreen.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> "\"" + i.getJsonNumber("id").longValue() + "\": \"" + byCode.getOrDefault(i.getString("code"), "MET") + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private HttpResponse<String> post(Portal portal, long product, String outcome, String items, String reasons) {
        return portal.sendJson("POST", "api/v1/products/" + product + "/prescreen", "{\"outcome\": \"" + outcome
                + "\", \"remarks\": \"Đã đối chiếu hồ sơ tại xã\", " + (reasons == null ? "" : "\"reasons\": \"" + reasons + "\", ")
                + "\"items\": " + items + "}");
    }

    private static void refused(HttpResponse<String> answer, int status, String messageKey) {
        assertEquals(status, answer.statusCode(), answer.body());
        JsonObject error = Portal.parse(answer.body());
        assertEquals(messageKey, error.getString("messageKey"));
        assertFalse(error.getString("message").isBlank());
    }

    private static long stored(long product) {
        return Database.count("SELECT COUNT(*) FROM prescreen WHERE product_id = ?", product);
    }

    private static String step(long product) {
        return Database.count("SELECT COUNT(*) FROM product WHERE id = ? AND step = 'PREPARING'", product) == 1 ? "PREPARING"
                : Database.count("SELECT COUNT(*) FROM product WHERE id = ? AND step = 'DOSSIER_SUBMITTED'", product) == 1
                ? "DOSSIER_SUBMITTED" : "other";
    }

    @Test
    void theCommunePassesADossierOfItsProducerWithItsRemarks() {
        long product = submitted(TestAccounts.THI_TRAN_PHUNG);
        JsonObject before = commune.json("api/v1/products/" + product + "/prescreen");
        assertTrue(before.getBoolean("required"));
        assertTrue(before.getBoolean("open"));
        assertEquals("09877", before.getString("bodyCode"), "thị trấn Phùng went to xã Đan Phượng");
        assertFalse(before.toString().contains("adminNote"), "the notes for administrators stay theirs");

        HttpResponse<String> page = commune.get("registration/product.xhtml?id=" + product);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Sơ loại hồ sơ của xã") && page.body().contains("id=\"prescreen:pass\"")
                && page.body().contains("Chưa đạt") && page.body().contains("Không áp dụng"), "the checklist to fill in");
        assertFalse(page.body().contains("cần đối chiếu với toàn văn"), "no note for administrators on the page");

        HttpResponse<String> passed = post(commune, product, "PASSED", items(before, Map.of()), null);
        assertEquals(200, passed.statusCode(), passed.body());
        HttpResponse<String> officersPage = officer.get("registration/product.xhtml?id=" + product);
        assertEquals(200, officersPage.statusCode());
        assertTrue(officersPage.body().contains("Đạt, chuyển Thành phố đánh giá") && officersPage.body().contains("prescreen:printPrescreen")
                && !officersPage.body().contains("prescreen:pass"), "the office reads the pre-screen, it does not record one");
        HttpResponse<String> list = officer.get("registration/prescreened.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Hồ sơ xã đã sơ loại"), list.body());
        JsonObject after = Portal.parse(passed.body());
        assertFalse(after.getBoolean("open"));
        JsonObject record = after.getJsonArray("prescreens").getJsonObject(0);
        assertEquals("PASSED", record.getString("outcome"));
        assertEquals("it-commune", record.getString("officer"));
        assertEquals("Đã đối chiếu hồ sơ tại xã", record.getString("remarks"));
        assertEquals(before.getJsonArray("items").size(), record.getJsonArray("results").size());
        assertEquals("DOSSIER_SUBMITTED", step(product));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'DOSSIER_PRESCREENED' AND entity_id = ?",
                String.valueOf(record.getJsonNumber("id").longValue())));

        HttpResponse<byte[]> printed = commune.getBytes("api/v1/products/" + product + "/prescreen.pdf");
        assertEquals(200, printed.statusCode());
        Pdf pdf = Pdf.read(printed.body());
        assertTrue(pdf.text().contains("PHIẾU SƠ LOẠI HỒ SƠ SẢN PHẨM OCOP"), pdf.text());
        assertTrue(pdf.text().contains("XÃ ĐAN PHƯỢNG"), pdf.text());
        assertTrue(pdf.text().contains("Kết quả sơ loại: Đạt, chuyển Thành phố đánh giá"), pdf.text());
        assertTrue(pdf.text().contains("Cán bộ Xã Kiểm thử"), pdf.text());

        refused(post(commune, product, "PASSED", items(before, Map.of()), null), 400, "registration.prescreen.done");
        assertEquals(1, stored(product));

        JsonObject seenByOffice = officer.json("api/v1/products/" + product + "/prescreen");
        assertEquals(1, seenByOffice.getJsonArray("prescreens").size());
        assertTrue(officer.json("api/v1/prescreens?outcome=PASSED&size=500").getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(p -> p.getJsonNumber("productId").longValue() == product), "the City office sees it");
        refused(post(officer, product, "PASSED", items(before, Map.of()), null), 403, "error.forbidden");
    }

    @Test
    void aReturnNeedsReasonsAndSendsTheProductBackToPreparationUntilItIsSubmittedAgain() {
        long product = submitted(TestAccounts.THI_TRAN_PHUNG);
        JsonObject checklist = commune.json("api/v1/products/" + product + "/prescreen");
        String oneNotMet = items(checklist, Map.of("LOCAL_LABOUR", "NOT_MET"));

        refused(post(commune, product, "RETURNED", oneNotMet, null), 400, "registration.prescreen.reasonRequired");
        refused(post(commune, product, "RETURNED", items(checklist, Map.of()), "Thiếu xác nhận"), 400,
                "registration.prescreen.nothingNotMet");
        refused(post(commune, product, "PASSED", oneNotMet, null), 400, "registration.prescreen.mandatoryNotMet");
        assertEquals(0, stored(product));
        assertEquals("DOSSIER_SUBMITTED", step(product));

        String reasons = "Chưa có xác nhận của xã về lao động địa phương";
        HttpResponse<String> returned = post(commune, product, "RETURNED", oneNotMet, reasons);
        assertEquals(200, returned.statusCode(), returned.body());
        assertEquals("RETURNED", Portal.parse(returned.body()).getJsonArray("prescreens").getJsonObject(0).getString("outcome"));
        assertEquals("PREPARING", step(product));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM product_transition WHERE product_id = ? AND from_step = "
                + "'DOSSIER_SUBMITTED' AND to_step = 'PREPARING' AND note = ? AND actor = 'it-commune'", product, reasons));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PRODUCT_DOSSIER_RETURNED' AND entity_id = ?",
                String.valueOf(product)));
        refused(post(commune, product, "PASSED", items(checklist, Map.of()), null), 400, "registration.prescreen.notSubmitted");

        HttpResponse<String> again = officer.post("api/v1/it-prescreen/products/" + product + "/submission", Map.of());
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(commune.json("api/v1/products/" + product + "/prescreen").getBoolean("open"), "a new submission to pre-screen");
        HttpResponse<String> passed = post(commune, product, "PASSED", items(checklist, Map.of()), null);
        assertEquals(200, passed.statusCode(), passed.body());
        JsonArray prescreens = Portal.parse(passed.body()).getJsonArray("prescreens");
        assertEquals(2, prescreens.size());
        assertEquals("PASSED", prescreens.getJsonObject(0).getString("outcome"));
        assertEquals(2, stored(product));
    }

    @Test
    void anotherCommunesProductIsNeitherSeenNorPreScreenedAndAnIncompleteOneIsRefused() {
        long tanHoi = submitted(TestRegistrations.TAN_HOI);
        JsonObject checklist = officer.json("api/v1/products/" + tanHoi + "/prescreen");
        assertEquals("09898", checklist.getString("bodyCode"), "xã Tân Hội went to xã Ô Diên");
        refused(commune.get("api/v1/products/" + tanHoi + "/prescreen"), 404, "error.notFound");
        refused(post(commune, tanHoi, "PASSED", items(checklist, Map.of()), null), 404, "error.notFound");
        assertEquals(0, stored(tanHoi));
        JsonObject officersList = officer.json("api/v1/prescreens?size=500");
        assertEquals(Database.count("SELECT COUNT(*) FROM prescreen"), officersList.getJsonNumber("total").longValue(),
                "the office sees every commune's pre-screens");
        assertEquals(Database.count("SELECT COUNT(*) FROM prescreen s JOIN product p ON p.id = s.product_id JOIN producer o"
                        + " ON o.id = p.producer_id WHERE o.unit_id = ?", TestAccounts.THI_TRAN_PHUNG),
                commune.json("api/v1/prescreens?size=500").getJsonNumber("total").longValue(), "a commune officer sees their own");

        long phung = submitted(TestAccounts.THI_TRAN_PHUNG);
        refused(commune.get("api/v1/products/" + phung + "/prescreen.pdf"), 404, "error.notFound");
        JsonObject first = checklist.getJsonArray("items").getJsonObject(0);
        refused(post(commune, phung, "PASSED", "{\"" + first.getJsonNumber("id").longValue() + "\": \"MET\"}", null), 400,
                "registration.prescreen.itemMissing");
        refused(commune.sendJson("POST", "api/v1/products/" + phung + "/prescreen", "{\"items\": {}}"), 400, "error.required");
        refused(post(commune, phung, "MAYBE", items(checklist, Map.of()), null), 400, "error.body.value");
        assertEquals(0, stored(phung));
        assertEquals("DOSSIER_SUBMITTED", step(phung));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'DOSSIER_PRESCREENED' AND state_after LIKE ?",
                "product=" + phung + ";%"));
    }

    @Test
    void aCommuneOfTodayReachesTheFormerCommunesItSucceededAndNoOtherCommunes() throws Exception {
        Portal danPhuong = Portal.signedIn(url, "it-xa-danphuong");
        Portal oDien = Portal.signedIn(url, "it-xa-odien");

        long phung = submitted(TestAccounts.THI_TRAN_PHUNG);
        long producer = Database.count("SELECT producer_id FROM product WHERE id = ?", phung);
        String former = "api/v1/producers?size=500&commune=" + TestAccounts.THI_TRAN_PHUNG;
        assertTrue(danPhuong.json(former).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(p -> p.getJsonNumber("id").longValue() == producer),
                "xã Đan Phượng reaches the producers of thị trấn Phùng, which it replaced whole");
        assertEquals(0, oDien.json(former).getJsonNumber("total").longValue(), "xã Ô Diên does not reach thị trấn Phùng");
        refused(oDien.get("api/v1/products/" + phung + "/prescreen"), 404, "error.notFound");

        JsonObject checklist = danPhuong.json("api/v1/products/" + phung + "/prescreen");
        assertTrue(checklist.getBoolean("open"), "xã Đan Phượng pre-screens for thị trấn Phùng");
        assertEquals(200, post(danPhuong, phung, "PASSED", items(checklist, Map.of()), null).statusCode());
        assertEquals(1, stored(phung));
        assertTrue(danPhuong.json("api/v1/prescreens?size=500").toString().contains("\"productId\":" + phung),
                "the pre-screens list of xã Đan Phượng shows its former commune's");

        long hongHa = submitted(TestAccounts.HONG_HA);
        JsonObject split = oDien.json("api/v1/products/" + hongHa + "/prescreen");
        assertEquals("09898", split.getString("bodyCode"), "most of xã Hồng Hà went to xã Ô Diên");
        assertTrue(split.getBoolean("open"));
        refused(danPhuong.get("api/v1/products/" + hongHa + "/prescreen"), 404, "error.notFound");
    }

    @Test
    void thePrintOfAPrescreenIsKeptAsRecordedAndAChangeOfTheChecklistLeavesIt() throws Exception {
        long product = submitted(TestAccounts.THI_TRAN_PHUNG);
        for (String print : List.of("registration-form", "dossier-checklist")) {
            HttpResponse<byte[]> submittedPrint = officer.getBytes("api/v1/products/" + product + "/" + print + ".pdf");
            assertEquals(200, submittedPrint.statusCode());
            assertEquals(1, Database.count("SELECT COUNT(*) FROM product_transition t JOIN cert_file f ON f.id = t."
                    + (print.equals("registration-form") ? "registration_form_pdf_id" : "checklist_pdf_id")
                    + " WHERE t.product_id = ? AND t.to_step = 'DOSSIER_SUBMITTED' AND f.sha256 = ?", product, sha256(submittedPrint.body())),
                    print + ": the print kept when the dossier was submitted");
        }
        JsonObject checklist = commune.json("api/v1/products/" + product + "/prescreen");
        assertEquals(200, post(commune, product, "PASSED", items(checklist, Map.of()), null).statusCode());
        HttpResponse<byte[]> first = officer.getBytes("api/v1/products/" + product + "/prescreen.pdf");
        assertEquals(200, first.statusCode());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM prescreen p JOIN cert_file f ON f.id = p.pdf_id WHERE p.product_id = ?"
                + " AND f.sha256 = ?", product, sha256(first.body())), "the bytes kept when it was recorded");

        Portal admin = Portal.signedIn(url, "it-admin");
        JsonObject item = jakarta.json.Json.createReader(new java.io.StringReader(admin.get("api/v1/prescreen-items").body()))
                .readArray().getValuesAs(JsonObject.class).stream().filter(i -> "ORIGIN".equals(i.getString("code")))
                .findFirst().orElseThrow();
        String changed = item.getString("textVi") + " (đã sửa)";
        HttpResponse<String> edited = admin.sendJson("PUT", "api/v1/prescreen-items/" + item.getJsonNumber("id").longValue(),
                itemBody(item, item.getJsonNumber("version").longValue(), changed));
        assertEquals(200, edited.statusCode(), edited.body());
        try {
            HttpResponse<byte[]> again = officer.getBytes("api/v1/products/" + product + "/prescreen.pdf");
            assertTrue(java.util.Arrays.equals(first.body(), again.body()), "the print as recorded, not rendered again");
        } finally {
            assertEquals(200, admin.sendJson("PUT", "api/v1/prescreen-items/" + item.getJsonNumber("id").longValue(),
                    itemBody(item, Portal.parse(edited.body()).getJsonNumber("version").longValue(), item.getString("textVi")))
                    .statusCode());
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String itemBody(JsonObject item, long version, String textVi) {
        return "{\"version\": " + version + ", \"textVi\": \"" + textVi + "\", \"textEn\": \"" + item.getString("textEn")
                + "\", \"legalSource\": \"" + item.getString("legalSource") + "\", \"sortOrder\": " + item.getInt("sortOrder")
                + ", \"mandatory\": " + item.getBoolean("mandatory") + ", \"active\": " + item.getBoolean("active")
                + ", \"adminNote\": \"" + item.getString("adminNote", "") + "\"}";
    }

    @Test
    void theAdministratorEditsTheChecklistAndOnlyTheAdministratorSeesItsNotes() throws Exception {
        Portal admin = Portal.signedIn(url, "it-admin");
        HttpResponse<String> list = admin.get("api/v1/prescreen-items");
        assertEquals(200, list.statusCode(), list.body());
        JsonObject item = jakarta.json.Json.createReader(new java.io.StringReader(list.body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(i -> "DOSSIER_PARTS".equals(i.getString("code"))).findFirst()
                .orElseThrow();
        assertTrue(item.getString("adminNote").contains("1489"), "the seeded note says where the reference is unsure");
        long id = item.getJsonNumber("id").longValue();
        String note = "Đã đối chiếu với văn bản của Thành phố " + System.nanoTime();
        String body = "{\"version\": " + item.getJsonNumber("version").longValue() + ", \"textVi\": \"" + item.getString("textVi")
                + "\", \"textEn\": \"" + item.getString("textEn") + "\", \"legalSource\": \"" + item.getString("legalSource")
                + "\", \"sortOrder\": " + item.getInt("sortOrder") + ", \"mandatory\": " + item.getBoolean("mandatory")
                + ", \"active\": " + item.getBoolean("active") + ", \"adminNote\": \"" + note + "\"}";
        HttpResponse<String> edited = admin.sendJson("PUT", "api/v1/prescreen-items/" + id, body);
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals(note, Portal.parse(edited.body()).getString("adminNote"));
        assertEquals(item.getJsonNumber("version").longValue() + 1, Portal.parse(edited.body()).getJsonNumber("version").longValue());
        refused(admin.sendJson("PUT", "api/v1/prescreen-items/" + id, body), 400, "error.concurrentChange");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PRESCREEN_ITEM_CHANGED' AND state_after LIKE ?",
                "%" + note + "%"));
        refused(commune.sendJson("PUT", "api/v1/prescreen-items/" + id, body), 403, "error.forbidden");

        long product = submitted(TestAccounts.THI_TRAN_PHUNG);
        assertFalse(commune.get("api/v1/products/" + product + "/prescreen").body().contains(note));
    }

    /** A City round of 2026 with the product, set up by the office (the product added through the boundary), in a language. */
    private HttpResponse<String> cityRoundWith(long product, String language) {
        try {
            return officer.header("Accept-Language", language).post("api/v1/it-rating/rounds", Map.of("tag", "ps" + System.nanoTime(),
                    "members", "", "products", "0", "start", "false", "level", "PROVINCE", "productIds", String.valueOf(product)));
        } finally {
            officer.header("Accept-Language", null);
        }
    }

    private static long inCityRounds(long product) {
        return Database.count("SELECT COUNT(*) FROM round_product rp JOIN evaluation_round r ON r.id = rp.round_id"
                + " WHERE rp.product_id = ? AND r.level = 'PROVINCE'", product);
    }

    @Test
    void theCitysRoundTakesAProductOnlyOnceTheCommunesLatestPrescreenOfItsDossierPassed() {
        long product = submitted(TestAccounts.THI_TRAN_PHUNG);
        HttpResponse<String> missing = cityRoundWith(product, "vi");
        refused(missing, 400, "rating.round.prescreenMissing");
        assertTrue(Portal.parse(missing.body()).getString("message").contains("chưa có kết quả sơ loại đạt của UBND xã"), missing.body());
        HttpResponse<String> inEnglish = cityRoundWith(product, "en");
        refused(inEnglish, 400, "rating.round.prescreenMissing");
        assertTrue(Portal.parse(inEnglish.body()).getString("message").contains("has no passed pre-screen by the commune's People's"
                + " Committee"), inEnglish.body());

        JsonObject checklist = commune.json("api/v1/products/" + product + "/prescreen");
        String reasons = "Chưa có xác nhận của xã về nguồn nguyên liệu";
        assertEquals(200, post(commune, product, "RETURNED", items(checklist, Map.of("LOCAL_LABOUR", "NOT_MET")), reasons).statusCode());
        HttpResponse<String> returned = cityRoundWith(product, "vi");
        refused(returned, 400, "rating.round.prescreenReturned");
        assertTrue(Portal.parse(returned.body()).getString("message").contains(reasons), returned.body());

        assertEquals(200, officer.post("api/v1/it-prescreen/products/" + product + "/submission", Map.of()).statusCode());
        refused(cityRoundWith(product, "vi"), 400, "rating.round.prescreenMissing");
        assertEquals(0, inCityRounds(product), "the return of the earlier submission does not stand for the new one");

        assertEquals(200, post(commune, product, "PASSED", items(checklist, Map.of()), null).statusCode());
        HttpResponse<String> taken = cityRoundWith(product, "vi");
        assertEquals(200, taken.statusCode(), taken.body());
        assertEquals(1, inCityRounds(product));
        long round = Portal.parse(taken.body()).getJsonNumber("round").longValue();
        HttpResponse<String> page = officer.get("rating/round.xhtml?id=" + round);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"round:prescreenRule\"") && page.body().contains("đợt này chỉ nhận sản phẩm mà lần sơ"
                + " loại gần nhất của xã đã đạt"), "the rule in plain words on the round page");
    }

    @Test
    void theFormerDistrictsRoundTakesItsProductsWithoutAPrescreenAsBefore() {
        long product = submitted(TestAccounts.THI_TRAN_PHUNG);
        HttpResponse<String> district = officer.post("api/v1/it-rating/rounds", Map.of("tag", "ps" + System.nanoTime(),
                "members", "", "products", "0", "start", "false", "level", "DISTRICT", "productIds", String.valueOf(product)));
        assertEquals(200, district.statusCode(), district.body());
        HttpResponse<String> page = officer.get("rating/round.xhtml?id=" + Portal.parse(district.body()).getJsonNumber("round").longValue());
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("round:prescreenRule"), "no pre-screen rule for a round of 148/QĐ-TTg");
    }
}
