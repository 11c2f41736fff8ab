package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same corpus of bad input to every write route of the API (read from the code, as {@link AccessMatrixIT} does),
 * as the office and as a council member: wrong types, extremes, oversize text, control characters, decomposed
 * Vietnamese, markup and spreadsheet formulas, in every field a route reads. None answers 5xx; every refusal is JSON
 * with its reason's key and a sentence in Vietnamese (never the bare key); nothing is stored. Tagged "server": it runs
 * once per server (Payara on H2, WildFly), since reading bodies is the server's and the code's, not the database's.
 */
@Tag("server")
@IntegrationTest
class BadInputCorpusIT extends ClientTest {

    /** Every table a write route could add to or change. */
    private static final List<String> TABLES = List.of("audit_entry", "producer", "product", "cert_decision", "cert_certificate",
            "cert_expiry_notice", "cert_received_decision", "cert_inspection", "score_sheet", "api_token", "administrative_unit", "unit_succession");

    private static final String LONG = "Đ".repeat(100_000);
    private static final String NFD = Normalizer.normalize("Hợp tác xã Nông nghiệp Đan Phượng", Normalizer.Form.NFD);

    /** Bodies of every shape a client could send by mistake or on purpose. */
    static List<String> corpus() {
        List<String> bodies = new ArrayList<>(List.of("", "null", "[]", "\"text\"", "12", "{", "{\"a\":", "not json at all",
                "{}", "[{}]", "{\"version\": \"abc\"}", "{\"version\": 99999999999999999999999}", "{\"version\": -1}",
                "{\"version\": 1.5}", "{\"version\": null}", "{\"round\": \"1; DROP TABLE producer\"}",
                "{\"signedOn\": \"2026-02-30\"}", "{\"signedOn\": \"30/02/2026\"}", "{\"sentOn\": \"9999999-01-01\"}",
                "{\"level\": \"GALAXY\"}", "{\"conclusion\": \"MAYBE\"}", "{\"choices\": {\"x\": \"y\"}}",
                "{\"choices\": [1, 2]}", "{\"products\": [{\"productId\": \"a\", \"stars\": 9}]}", "{\"certificates\": \"OCOP\"}",
                "{\"conflict\": \"yes\"}", "{\"write\": \"always\", \"expiresOn\": \"1900-01-01\"}",
                "{\"outcome\": \"MAYBE\", \"kind\": \"RANDOM\"}", "{\"inspectedOn\": \"30/02/2026\", \"remedyBy\": \"2026-02-30\"}",
                "{\"certificate\": \"OCOP-000-0000-0000\", \"kind\": \"SURPRISE\", \"outcome\": \"COMPLIANT\"}",
                "{\"certificate\": [\"OCOP\"], \"inspection\": \"x\"}"));
        for (String field : List.of("name", "note", "reason", "grounds", "number", "body", "summary", "proposer", "findings", "scope",
                "inspectors", "certificate")) {
            bodies.add("{\"" + field + "\": \"" + LONG + "\"}");
            bodies.add("{\"" + field + "\": \"\\u0000\\u0007\\u001b[31m\"}");
            bodies.add("{\"" + field + "\": \"" + NFD + "\"}");
            bodies.add("{\"" + field + "\": \"<script>alert(1)</script>\"}");
            bodies.add("{\"" + field + "\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\"}");
        }
        bodies.add("{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}");
        return bodies;
    }

    static Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        TABLES.forEach(table -> rows.put(table, Database.count("SELECT COUNT(*) FROM " + table)));
        return rows;
    }

    @Test
    void everyWriteRouteRefusesTheCorpusInVietnameseWithoutA500AndStoresNothing() throws Exception {
        Database.awaitTestAccounts();
        // Every write but the creation of one's own API token, whose name is any text (markup included, shown escaped).
        List<String> writes = AccessMatrixIT.routes().stream().filter(r -> !r.startsWith("GET ") && !r.equals("POST /api/v1/me/tokens"))
                .toList();
        assertTrue(writes.size() >= 15, "the write routes were found: " + writes);
        List<String> corpus = corpus();
        Map<String, Integer> wrong = new java.util.TreeMap<>();
        for (String who : List.of("it-officer", "it-council")) {
            Portal portal = new Portal(url.toURI()).from("198.51.100.210");
            assertEquals(302, portal.signIn(who, TestAccounts.PASSWORD).statusCode(), who);
            Map<String, Long> before = rows();
            for (String route : writes) {
                String method = route.substring(0, route.indexOf(' '));
                String path = route.substring(route.indexOf(' ') + 2).replaceAll("\\{[^}]*}", "0");
                // A DELETE carries no body (HTTP gives it no meaning): it gets the route alone.
                for (String body : "DELETE".equals(method) ? List.of("") : corpus) {
                    HttpResponse<String> answer = "DELETE".equals(method) ? portal.delete(path) : portal.sendJson(method, path, body);
                    String problem = problem(answer);
                    if (problem != null) {
                        String example = body.length() > 60 ? body.substring(0, 60) + "…" : body;
                        wrong.merge(who + " " + method + " /" + path + ": " + problem.replaceAll(": .*", "") + " (e.g. " + example + ")", 1,
                                (a, b) -> a + b);
                    }
                }
            }
            Map<String, Long> after = rows();
            after.remove("audit_entry");
            before.remove("audit_entry");
            assertEquals(before, after, who + ": nothing was stored");
        }
        assertTrue(wrong.isEmpty(), "bad answers, by route and kind (how many bodies):\n" + wrong.entrySet().stream()
                .map(e -> e.getValue() + " × " + e.getKey()).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    /**
     * The filters the lists take from their address (the home page's and the statistics' figures link to them): a value
     * the filter does not know, an id that is not a number, markup, an oversize value, each answered with the list and a
     * warning in Vietnamese naming what was not understood, never a 500 nor "not found", and nothing stored; a good value
     * shows as a chip, or as the filter's choice on the lists without chips (inspections, pre-screened dossiers, users).
     */
    @Test
    void theListsRefuseBadFiltersInTheirAddressWithAWarning() throws Exception {
        Database.awaitTestAccounts();
        Portal portal = new Portal(url.toURI()).from("198.51.100.211");
        assertEquals(302, portal.signIn("it-officer", TestAccounts.PASSWORD).statusCode());
        String markup = java.net.URLEncoder.encode("<script>alert(1)</script>", java.nio.charset.StandardCharsets.UTF_8);
        List<String> bad = List.of("registration/products.xhtml?class=6", "registration/products.xhtml?class=" + markup,
                "registration/products.xhtml?step=NOPE", "registration/products.xhtml?commune=abc",
                "registration/products.xhtml?commune=" + "9".repeat(40), "registration/producers.xhtml?type=FARM",
                "registration/producers.xhtml?status=" + markup, "registration/producers.xhtml?commune=-1",
                "certification/certificates.xhtml?status=GONE", "certification/certificates.xhtml?days=7",
                "certification/certificates.xhtml?notice=x&commune=1.5", "registration/supports.xhtml?year=abc",
                "registration/supports.xhtml?year=1900", "registration/supports.xhtml?commune=" + markup,
                "registration/supports.xhtml?type=" + "9".repeat(40), "registration/supports.xhtml?year=2025&type=-3",
                "certification/inspections.xhtml?outcome=BOGUS", "certification/inspections.xhtml?outcome=" + markup,
                "certification/inspections.xhtml?overdue=maybe", "certification/inspections.xhtml?outcome=compliant&overdue=1",
                "registration/prescreened.xhtml?outcome=MAYBE", "registration/prescreened.xhtml?outcome=" + markup);
        Portal admin = new Portal(url.toURI()).from("198.51.100.211");
        assertEquals(302, admin.signIn("it-admin", TestAccounts.PASSWORD).statusCode());
        Map<String, Long> before = rows();
        for (String page : bad) {
            warned(portal, page);
        }
        for (String page : List.of("admin/users.xhtml?role=BOGUS", "admin/users.xhtml?role=" + markup, "admin/users.xhtml?role=" + "9".repeat(40))) {
            warned(admin, page);
        }
        Map<String, Long> after = rows();
        after.remove("audit_entry");
        before.remove("audit_entry");
        assertEquals(before, after, "nothing was stored");
        chosen(portal, "certification/inspections.xhtml?outcome=TO_REMEDY&overdue=true", "TO_REMEDY");
        chosen(portal, "registration/prescreened.xhtml?outcome=RETURNED", "RETURNED");
        chosen(admin, "admin/users.xhtml?role=COUNCIL", "COUNCIL");
        HttpResponse<String> good = portal.get("registration/products.xhtml?class=none&step=DOSSIER_SUBMITTED");
        assertEquals(200, good.statusCode());
        assertTrue(good.body().contains("filter-chip") && good.body().contains("Chưa có hạng") && !good.body().contains("Không hiểu bộ lọc"),
                "the filters as chips");
        HttpResponse<String> supports = portal.get("registration/supports.xhtml?year=2025");
        assertEquals(200, supports.statusCode());
        assertTrue(supports.body().contains("data-filter=\"year\"") && !supports.body().contains("Không hiểu bộ lọc"), "the year as a chip");
    }

    /** The list at {@code page} answers with the warning naming the filter it did not understand, markup escaped. */
    private static void warned(Portal portal, String page) {
        HttpResponse<String> answer = portal.get(page);
        assertEquals(200, answer.statusCode(), page);
        assertTrue(answer.body().contains("Không hiểu bộ lọc"), page + ": the warning");
        assertTrue(!answer.body().contains("<script>alert(1)"), page + ": markup escaped");
    }

    /** The list at {@code page} takes its filter without a warning: {@code value} is the filter's choice. */
    private static void chosen(Portal portal, String page, String value) {
        HttpResponse<String> answer = portal.get(page);
        assertEquals(200, answer.statusCode(), page);
        assertTrue(!answer.body().contains("Không hiểu bộ lọc"), page + ": no warning");
        assertTrue(answer.body().contains("<option value=\"" + value + "\" selected=\"selected\""), page + ": the filter chosen");
    }

    /**
     * The inspection form's certificate, given in its address (the certificate's page links to it): a number that names no
     * certificate, markup, control characters, an oversize value, each answered as "not found" or the form (an address
     * over the server's limit refused by the server), never a 500, markup never echoed.
     */
    @Test
    void theInspectionFormRefusesABadCertificateInItsAddress() throws Exception {
        Database.awaitTestAccounts();
        Portal portal = new Portal(url.toURI()).from("198.51.100.212");
        assertEquals(302, portal.signIn("it-officer", TestAccounts.PASSWORD).statusCode());
        java.util.function.Function<String, String> encoded = v -> java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8);
        List<String> wrong = new ArrayList<>();
        for (String value : List.of("OCOP-000-0000-0000", "<script>alert(1)</script>", "\u0000\u0007\u001b[31m", "Đ".repeat(5_000),
                "' OR '1'='1", NFD, "=HYPERLINK(\"http://evil.example\",\"x\")", " ")) {
            HttpResponse<String> answer = portal.get("certification/inspection.xhtml?certificate=" + encoded.apply(value));
            String location = answer.headers().firstValue("Location").orElse("");
            boolean notFound = answer.statusCode() == 404 || answer.statusCode() == 302 && location.contains("/error/404");
            // An address over the server's limit (30 000 characters encoded) is refused by the server before the page.
            boolean overLimit = value.length() > 1_000 && List.of(400, 414, 431).contains(answer.statusCode());
            boolean answered = notFound || overLimit || answer.statusCode() == 200;
            if (!answered || answer.body().contains("<script>alert(1)") || location.contains("/error/500")) {
                wrong.add((value.length() > 20 ? value.substring(0, 20) + "…" : value) + ": " + answer.statusCode() + " " + location);
            }
        }
        assertTrue(wrong.isEmpty(), "bad answers: " + wrong);
    }

    /**
     * Bad lists of administrative units, each with the reason the preview names (with its row) or, for a file refused as
     * a whole, the reason of the 400: wrong columns, an unknown parent, a cycle, a duplicate code, formula prefixes,
     * an oversize file, a file that is not UTF-8 or not text.
     */
    static Map<String, byte[]> unitLists() {
        String header = "code,name,type,parent_code,valid_from,valid_to,replaces_whole,replaces_part\n";
        Map<String, byte[]> lists = new LinkedHashMap<>();
        lists.put("geography_import.columns", utf8("ma,ten,loai\n89101,Xã Hỏng,Xã\n"));
        lists.put("geography_import.fieldCount", utf8(header + "89102,Xã Hỏng,Xã,01\n"));
        lists.put("geography_import.unknownParent", utf8(header + "89103,Xã Hỏng,Xã,77777,01/07/2025,,,\n"));
        lists.put("geography_import.cycle", utf8(header + "89104,Xã Vòng A,Xã,89105,01/07/2025,,,\n89105,Xã Vòng B,Xã,89104,01/07/2025,,,\n"));
        lists.put("geography_import.duplicate", utf8(header + "89106,Xã Đôi,Xã,01,01/07/2025,,,\n89106,Xã Đôi Hai,Xã,01,01/07/2025,,,\n"));
        lists.put("geography_import.formula", utf8(header + "89107,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Xã,01,01/07/2025,,,\n"
                + "89108,+cmd,Xã,01,01/07/2025,,,\n89109,@SUM(A1),Xã,01,01/07/2025,,,\n89110,-2+3,Xã,01,01/07/2025,,,\n"));
        lists.put("geography_import.unknownReplaced", utf8(header + "89111,Xã Mới,Xã,01,01/07/2025,,55555,\n"));
        lists.put("geography_import.code", utf8(header + "8A1; DROP TABLE producer,Xã Hỏng,Xã,01,01/07/2025,,,\n"));
        lists.put("geography_import.date", utf8(header + "89112,Xã Hỏng,Xã,01,30/02/2025,,,\n"));
        lists.put("geography_import.control", utf8(header + "89113,Xã \u0007Hỏng,Xã,01,01/07/2025,,,\n"));
        lists.put("error.tooLong", utf8(header + "89114," + "Đ".repeat(600) + ",Xã,01,01/07/2025,,,\n"));
        lists.put("file:geography_import.tooLarge", utf8(header + "89115,Xã Lớn,Xã,01,01/07/2025,,,\n".repeat(80_000)));
        lists.put("file:geography_import.notUtf8", new byte[] {'c', 'o', 'd', 'e', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        lists.put("file:geography_import.notCsv", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        lists.put("file:geography_import.empty", new byte[0]);
        lists.put("file:geography_import.openQuote", utf8(header + "89116,\"Xã Mở,Xã,01,01/07/2025,,,\n"));
        return lists;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theUnitListImportRefusesEveryBadListWithItsReasonAndStoresNothing() throws Exception {
        Database.awaitTestAccounts();
        Portal admin = new Portal(url.toURI()).from("198.51.100.211");
        assertEquals(302, admin.signIn("it-admin", TestAccounts.PASSWORD).statusCode());
        Map<String, Long> before = rows();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, byte[]> list : unitLists().entrySet()) {
            String expected = list.getKey().replace("file:", "");
            HttpResponse<String> preview = admin.postBytes("api/v1/unit-lists/preview", "text/csv", list.getValue());
            if (list.getKey().startsWith("file:")) {
                if (preview.statusCode() != 400 || !expected.equals(Portal.parse(preview.body()).getString("messageKey", null))) {
                    wrong.add(expected + ": preview answered " + preview.statusCode() + " " + preview.body());
                }
            } else if (preview.statusCode() != 200) {
                wrong.add(expected + ": preview answered " + preview.statusCode() + " " + preview.body());
            } else {
                JsonObject answer = Portal.parse(preview.body());
                boolean named = answer.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                        .anyMatch(p -> expected.equals(p.getString("messageKey")) && p.getInt("row") >= 1
                                && !p.getString("messageVi").contains("???") && !p.getString("messageEn").contains("???"));
                if (answer.getBoolean("valid") || !named) {
                    wrong.add(expected + ": not among the problems: " + answer.getJsonArray("problems"));
                }
            }
            HttpResponse<String> imported = admin.postBytes("api/v1/unit-lists/import", "text/csv", list.getValue());
            String problem = problem(imported);
            if (problem != null || imported.statusCode() != 400) {
                wrong.add(expected + ": import answered " + imported.statusCode() + " " + problem);
            }
        }
        Map<String, Long> after = rows();
        after.remove("audit_entry");
        before.remove("audit_entry");
        assertEquals(before, after, "nothing was stored");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM administrative_unit WHERE code LIKE '891%'"));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** What is wrong with an answer to bad input, or null. */
    private static String problem(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            return status + " " + answer.body().substring(0, Math.min(200, answer.body().length()));
        }
        if (status < 400) {
            return "accepted with " + status;
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return status + " without a JSON answer";
        }
        JsonObject body = Portal.parse(answer.body());
        String key = body.getString("messageKey", null);
        String message = body.getString("message", null);
        if (key == null || message == null || message.isBlank() || message.equals(key) || message.contains("???")) {
            return status + " without a message: " + answer.body();
        }
        return null;
    }
}
