package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input to the JSON API never reaches a 500: far pages of the lists, bodies that are not JSON, a literal null,
 * names outside their list, a date that does not exist, parameters that are not numbers. Each is refused with a 4xx
 * whose body names the reason's key and tells it in the caller's language (Vietnamese unless the request or the
 * user's setting asks for English), and nothing is stored.
 */
@IntegrationTest
class BadInputIT extends ClientTest {

    /** The lists that take page and size: the five the database pages and three paged in memory. */
    private static final List<String> LISTS = List.of("producers", "products", "certificates", "decisions", "courses",
            "units", "criteria-sets", "rounds");

    /** The rows the refused writes below would have added to. */
    private static final List<String> TABLES = List.of("cert_received_decision", "cert_received_product", "cert_decision",
            "cert_expiry_notice", "score_sheet", "producer");

    /** The answer's status and JSON body: a refusal with its key and a sentence (not a key) in the expected language. */
    private static JsonObject refused(HttpResponse<String> response, int status, String key) {
        String what = response.request().method() + " " + response.uri() + " → " + response.statusCode() + " " + response.body();
        assertEquals(status, response.statusCode(), what);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
        JsonObject body = Portal.parse(response.body());
        assertEquals(key, body.getString("messageKey"), what);
        String message = body.getString("message", "");
        assertFalse(message.isBlank() || message.contains("???") || message.equals(key), what);
        return body;
    }

    private static JsonObject vietnamese(HttpResponse<String> response, int status, String key, String text) {
        JsonObject body = refused(response, status, key);
        assertEquals(text, body.getString("message"), response.uri().toString());
        return body;
    }

    private static Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        TABLES.forEach(table -> rows.put(table, Database.count("SELECT COUNT(*) FROM " + table)));
        return rows;
    }

    @Test
    void farPagesOfEveryListAreRefusedWithTheLastPageThatExists() throws Exception {
        Portal office = Portal.signedIn(url, "it-officer");
        for (String list : LISTS) {
            JsonObject body = vietnamese(office.get("api/v1/" + list + "?page=99999999"), 400, "error.page",
                    "Số trang phải từ 0 đến 42.949.671.");
            assertEquals("page", body.getString("field"));
            refused(office.get("api/v1/" + list + "?page=99999999&size=500"), 400, "error.page");
            refused(office.get("api/v1/" + list + "?page=-1"), 400, "error.page");
            assertEquals(200, office.get("api/v1/" + list + "?page=42949671").statusCode(), list + ": the last page is empty, not an error");
            assertEquals(200, office.get("api/v1/" + list + "?page=0&size=5").statusCode(), list);
        }
    }

    @Test
    void parametersThatAreNotOfTheirTypeAre400ForQueriesAnd404ForPaths() throws Exception {
        Portal office = Portal.signedIn(url, "it-officer");
        Map<String, String> queries = Map.of("producers?commune=abc", "commune", "producers?page=abc", "page",
                "producers?type=NOT_A_TYPE", "type", "products?step=NOPE", "step", "certificates?status=NOPE", "status",
                "certificates?decision=1x", "decision", "courses?year=abc", "year", "units?size=many", "size");
        queries.forEach((query, parameter) -> {
            JsonObject body = vietnamese(office.get("api/v1/" + query), 400, "error.param",
                    "Tham số \"" + parameter + "\" có giá trị không hợp lệ.");
            assertEquals(parameter, body.getString("field"), query);
        });
        for (String path : List.of("decisions/abc", "units/abc", "plans/abc", "rounds/abc/results", "criteria-sets/sheets/abc/pdf",
                "no-such-route")) {
            vietnamese(office.get("api/v1/" + path), 404, "error.notFound", "Không tìm thấy bản ghi.");
        }
        assertEquals("from", refused(office.get("api/v1/statistics?from=2026-02-30&to=2026-03-31"), 400,
                "statistics.period.dateFormat").getString("field"), "an impossible date in a query");
    }

    @Test
    void bodiesThatCannotBeReadAreRefusedAndNothingIsStored() throws Exception {
        Portal office = Portal.signedIn(url, "it-officer");
        Map<String, Long> before = rows();

        String received = "{\"number\": \"BAD-1/QĐ-UBND\", \"signedOn\": \"2026-02-10\", \"body\": \"UBND Thành phố Hà Nội\","
                + " \"level\": \"PROVINCE\", \"products\": [{\"productId\": 1, \"stars\": 4}]}";
        vietnamese(office.sendJson("POST", "api/v1/certificates/received", received.substring(0, 40)), 400, "error.body.malformed",
                "Nội dung gửi lên không phải JSON hợp lệ.");
        vietnamese(office.sendJson("POST", "api/v1/certificates/received", "{\"number\": \"A\",, }"), 400, "error.body.malformed",
                "Nội dung gửi lên không phải JSON hợp lệ.");
        vietnamese(office.sendJson("POST", "api/v1/certificates/received", "null"), 400, "error.body.required",
                "Yêu cầu này cần nội dung JSON.");
        refused(office.send("api/v1/certificates/received", r -> r.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())), 400, "error.body.required");
        JsonObject level = refused(office.sendJson("POST", "api/v1/certificates/received", received.replace("PROVINCE", "GALAXY")),
                400, "error.body.value");
        assertEquals("level", level.getString("field"));
        refused(office.sendJson("POST", "api/v1/certificates/received", received.replace("2026-02-10", "2026-02-30")),
                400, "error.body.value");
        refused(office.sendJson("POST", "api/v1/certificates/received", received.replace("\"stars\": 4", "\"stars\": \"four\"")),
                400, "error.body.value");

        vietnamese(office.sendJson("POST", "api/v1/certificates/OCOP-0000/notices", "null"), 400, "error.body.required",
                "Yêu cầu này cần nội dung JSON.");
        refused(office.sendJson("POST", "api/v1/certificates/OCOP-0000/notices", "{\"sentOn\": \"2026-02-30\"}"), 400, "error.body.value");
        refused(office.sendJson("POST", "api/v1/decisions", "{\"round\": "), 400, "error.body.malformed");
        refused(office.sendJson("POST", "api/v1/decisions", "null"), 400, "error.body.required");
        refused(office.sendJson("POST", "api/v1/decisions", "{\"round\": \"abc\"}"), 400, "error.body.value");
        refused(office.sendJson("PUT", "api/v1/decisions/999999999/wording", "{\"version\": 0, \"signingMode\": \"SOMETIMES\"}"),
                400, "error.body.value");
        refused(office.sendJson("POST", "api/v1/decisions/999999999/issue", "{\"version\": 0, \"signedOn\": \"2026-02-30\"}"),
                400, "error.body.value");
        refused(office.sendJson("POST", "api/v1/decisions/999999999/approval", "null"), 400, "error.body.required");
        refused(office.sendJson("PUT", "api/v1/rounds/999999999/products/1/sheet", "{\"version\": 0, \"choices\": {\"abc\": 1}}"),
                400, "error.body.value");
        refused(office.sendJson("PUT", "api/v1/rounds/999999999/products/1/sheet", "[1, 2"), 400, "error.body.malformed");
        refused(office.postBytes("api/v1/producer-workbooks/preview",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", expandingZip(300)), 400,
                "registration.import.unpackedTooLarge");

        assertEquals(before, rows(), "nothing stored");
    }

    @Test
    void theLanguageIsTheOneAskedForElseTheUsersElseVietnamese() throws Exception {
        Portal office = Portal.signedIn(url, "it-officer");
        String english = "The parameter \"commune\" has an invalid value.";
        HttpResponse<String> asked = office.send("api/v1/producers?commune=abc", r -> r.header("Accept-Language", "en-GB,en;q=0.8").GET());
        assertEquals(english, refused(asked, 400, "error.param").getString("message"));
        HttpResponse<String> vi = office.send("api/v1/producers?commune=abc", r -> r.header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5").GET());
        assertEquals("Tham số \"commune\" có giá trị không hợp lệ.", refused(vi, 400, "error.param").getString("message"));
        HttpResponse<String> body = office.send("api/v1/decisions", r -> r.header("Accept-Language", "en")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{", StandardCharsets.UTF_8)));
        assertEquals("The request body is not valid JSON.", refused(body, 400, "error.body.malformed").getString("message"));
        HttpResponse<String> french = office.send("api/v1/producers?page=99999999", r -> r.header("Accept-Language", "fr").GET());
        assertEquals("Số trang phải từ 0 đến 42.949.671.", refused(french, 400, "error.page").getString("message"),
                "neither language asked: the user's, Vietnamese");

        assertEquals(1, Database.update("UPDATE user_account SET locale = 'en' WHERE username = 'it-leader'"));
        try {
            Portal leader = Portal.signedIn(url, "it-leader");
            assertEquals(english, refused(leader.get("api/v1/producers?commune=abc"), 400, "error.param").getString("message"),
                    "the user's setting");
            assertEquals("The page number must be between 0 and 42,949,671.",
                    refused(leader.get("api/v1/decisions?page=99999999"), 400, "error.page").getString("message"));
            HttpResponse<String> override = leader.send("api/v1/producers?commune=abc", r -> r.header("Accept-Language", "vi").GET());
            assertEquals("Tham số \"commune\" có giá trị không hợp lệ.", refused(override, 400, "error.param").getString("message"),
                    "the request's language before the setting");
        } finally {
            Database.update("UPDATE user_account SET locale = 'vi' WHERE username = 'it-leader'");
        }
        Portal anonymous = new Portal(url.toURI());
        vietnamese(anonymous.get("api/v1/verify/OCOP-does-not-exist"), 404, "error.notFound", "Không tìm thấy bản ghi.");
    }

    /** A zip (as every .xlsx begins) of a few hundred kilobytes that inflates to {@code megabytes} MB of zeros. */
    private static byte[] expandingZip(int megabytes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
