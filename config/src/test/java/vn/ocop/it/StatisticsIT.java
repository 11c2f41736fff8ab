package vn.ocop.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Pdf;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.it.support.Portal.ok;

/**
 * The statistics over HTTP, by differences (the database is shared by every test): a household business in Tân Hội
 * with two products, one of them recognised 4★ by a received decision of the city, moves the year's figures by exactly
 * that; the report (PDF), the workbook and the flat exports show it; bad periods answer 400 with the reason in
 * Vietnamese; a commune officer sees their commune only; a council member is refused (answered as not found).
 */
@IntegrationTest
class StatisticsIT extends ClientTest {

    private static final LocalDate TODAY = Portal.today();
    private static final int YEAR = TODAY.getYear();
    private static final String TAN_HOI = Long.toString(TestRegistrations.TAN_HOI);

    @Test
    void aNewProducerAndItsProductsMoveTheFiguresByExactlyThemselves() throws Exception {
        Portal office = Portal.signedIn(url, "it-officer");
        JsonObject before = ok(office.get("api/v1/statistics?year=" + YEAR));
        assertEquals(YEAR, before.getInt("year"));
        assertEquals(YEAR + "-01-01", before.getString("from"));
        assertEquals(YEAR + "-12-31", before.getString("to"));

        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        JsonObject created = ok(office.post("api/v1/it-statistics/producers", Map.of("tag", tag)));
        long first = created.getJsonNumber("first").longValue();
        long second = created.getJsonNumber("second").longValue();
        String received = "{\"number\": \"ST-" + tag + "/QĐ-UBND\", \"signedOn\": \"" + TODAY + "\", \"body\": \"UBND Thành phố Hà Nội\","
                + " \"level\": \"PROVINCE\", \"products\": [{\"productId\": " + first + ", \"stars\": 4}]}";
        ok(office.sendJson("POST", "api/v1/certificates/received", received));

        JsonObject after = ok(office.get("api/v1/statistics?year=" + YEAR));
        JsonObject products = exported(office, first);
        String group1 = products.getString("product_group");
        String group7 = exported(office, second).getString("product_group");
        JsonObject communeBefore = commune(before, TAN_HOI);
        JsonObject communeAfter = commune(after, TAN_HOI);
        assertAll(
                () -> assertEquals(before.getInt("products") + 2, after.getInt("products")),
                () -> assertEquals(group(before, group1) + group(before, group7) + 2, group(after, group1) + group(after, group7)),
                () -> assertEquals(count(communeBefore, "count") + 2, count(communeAfter, "count")),
                () -> assertEquals(stars(communeBefore, "4") + 1, stars(communeAfter, "4")),
                () -> assertEquals(stars(communeBefore, "unrated") + 1, stars(communeAfter, "unrated")),
                () -> assertEquals(stars(communeBefore, "5"), stars(communeAfter, "5")),
                () -> assertEquals(before.getJsonObject("productsByStars").getInt("4") + 1, after.getJsonObject("productsByStars").getInt("4")),
                () -> assertEquals(before.getJsonObject("productsByStars").getInt("unrated") + 1,
                        after.getJsonObject("productsByStars").getInt("unrated")),
                () -> assertEquals(type(before, "active") + 1, type(after, "active")),
                () -> assertEquals(type(before, "withProduct") + 1, type(after, "withProduct")),
                () -> assertEquals(before.getJsonObject("certificates"), after.getJsonObject("certificates"),
                        "a received decision is not a district certificate"),
                () -> assertEquals(before.getJsonObject("training"), after.getJsonObject("training")));

        JsonObject period = ok(office.get("api/v1/statistics?from=" + YEAR + "-01-01&to=" + TODAY));
        assertTrue(period.isNull("year"), "a period has no year: " + period);
        assertEquals(after.getInt("products"), period.getInt("products"), "registered today: in the period up to today");

        // the flat export: the product with its class today, its commune and the codes above it
        assertAll(
                () -> assertEquals(4, products.getInt("stars")),
                () -> assertEquals(JsonValue.NULL, products.get("certificate_number"), "the class is the city's"),
                () -> assertEquals(TODAY.plusMonths(36).minusDays(1).toString(), products.getString("certificate_valid_until")),
                () -> assertEquals("HOUSEHOLD_BUSINESS", products.getString("producer_type")),
                () -> assertEquals("ST-" + tag, products.getString("tax_code")),
                () -> assertEquals(communeAfter.getString("code"), products.getString("commune_code")),
                () -> assertNotNull(products.getString("district_code")),
                () -> assertNotNull(products.getString("province_code")),
                () -> assertEquals("IDEA_REGISTERED", products.getString("cycle_step")));
        HttpResponse<String> csv = office.get("api/v1/exports/products.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("product_id,product_name,product_set_code,product_group,producer_name,producer_type,tax_code,commune_code,"
                + "commune_name,district_code,province_code,cycle_step,stars,certificate_number,certificate_valid_until", lines[0]);
        String line = java.util.Arrays.stream(lines).filter(l -> l.startsWith(first + ",")).findFirst().orElseThrow();
        assertTrue(line.startsWith(first + ",\"Rau st-" + tag + ", \"\"sạch\"\"\","), line);
        assertTrue(line.endsWith(",IDEA_REGISTERED,4,," + TODAY.plusMonths(36).minusDays(1)), line);
        HttpResponse<String> certificates = office.get("api/v1/exports/certificates.csv?year=" + YEAR);
        assertEquals(200, certificates.statusCode());
        assertTrue(certificates.body().startsWith("certificate_number,decision_number,signed_on,product_id,product_name,"
                + "producer_name,commune_code,stars,valid_from,valid_until,status\r\n"), certificates.body());
        assertEquals(200, office.get("api/v1/exports/certificates.json").statusCode());

        // the report and the workbook
        HttpResponse<byte[]> pdf = office.getBytes("api/v1/statistics/report.pdf?year=" + YEAR);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), pdf.headers().toString());
        java.nio.file.Files.write(java.nio.file.Path.of("target", "statistics-report-" + System.getProperty("ocop.it.db", "h2") + ".pdf"),
                pdf.body());
        Pdf report = Pdf.read(pdf.body());
        assertAll(Stream("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "THÀNH PHỐ HÀ NỘI", "BÁO CÁO",
                "Thống kê kết quả thực hiện Chương trình OCOP năm " + YEAR, communeAfter.getString("name") + " "
                        + communeAfter.getInt("count"), "Hà Nội, ngày")
                .map(expected -> () -> assertTrue(report.text().contains(expected), () -> "missing: " + expected + " in " + report.text())));
        assertTrue(report.allFontsEmbedded(), report.fonts()::toString);
        HttpResponse<byte[]> xlsx = office.getBytes("api/v1/statistics/report.xlsx?year=" + YEAR);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet communes = workbook.getSheet("Sản phẩm theo xã");
            assertNotNull(communes);
            Row row = null;
            for (Row r : communes) {
                if (r.getCell(0) != null && communeAfter.getString("code").equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertNotNull(row, "the commune's line");
            assertEquals(count(communeAfter, "count"), (long) row.getCell(2).getNumericCellValue());
            assertEquals(stars(communeAfter, "4"), (long) row.getCell(4).getNumericCellValue());
            assertEquals(6, workbook.getNumberOfSheets());
        }
    }

    private static java.util.stream.Stream<String> Stream(String... values) {
        return java.util.stream.Stream.of(values);
    }

    @Test
    void badPeriodsAnswer400WithTheReasonInTheCallersLanguage() throws Exception {
        Portal office = Portal.signedIn(url, "it-officer");
        Map<String, String> refused = Map.of("api/v1/statistics?year=2017", "statistics.period.year",
                "api/v1/statistics?year=20x9", "statistics.period.yearFormat",
                "api/v1/statistics?from=2019-06-01&to=2019-05-31", "statistics.period.order",
                "api/v1/statistics?from=01%2F06%2F2019&to=2019-07-01", "statistics.period.dateFormat",
                "api/v1/statistics?from=2019-06-01", "statistics.period.incomplete",
                "api/v1/statistics/report.pdf?year=" + (YEAR + 1), "statistics.period.year",
                "api/v1/statistics/report.xlsx?year=2019&from=2019-01-01&to=2019-02-01", "statistics.period.both",
                "api/v1/exports/certificates.csv?year=abc", "statistics.period.yearFormat");
        for (Map.Entry<String, String> e : refused.entrySet()) {
            HttpResponse<String> response = office.get(e.getKey());
            assertEquals(400, response.statusCode(), e.getKey());
            JsonObject body = Portal.parse(response.body());
            assertEquals(e.getValue(), body.getString("messageKey"), e.getKey());
            assertTrue(body.getString("message").length() > 10, response.body());
        }
        JsonObject year = Portal.parse(office.get("api/v1/statistics?year=2017").body());
        assertEquals("Năm phải từ 2018 đến " + YEAR + ".", year.getString("message"));
        assertEquals("year", year.getString("field"));
    }

    @Test
    void aCommuneOfficerSeesTheirCommuneAndACouncilMemberNothing() throws Exception {
        Portal commune = Portal.signedIn(url, "it-commune");
        JsonObject mine = ok(commune.get("api/v1/statistics?year=" + YEAR));
        for (JsonObject c : mine.getJsonArray("productsByCommune").getValuesAs(JsonObject.class)) {
            assertEquals(TestAccounts.THI_TRAN_PHUNG, c.getJsonNumber("id").longValue(), c.toString());
        }
        HttpResponse<String> export = commune.get("api/v1/exports/products.json");
        assertEquals(200, export.statusCode());
        java.util.Set<String> communes = jakarta.json.Json.createReader(new StringReader(export.body())).readArray()
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("commune_name")).collect(java.util.stream.Collectors.toSet());
        assertTrue(communes.size() <= 1 && !communes.contains("Xã Tân Hội"), "only their commune's products: " + communes);

        // refused by the URL constraint of web.xml; like every resource outside the caller's roles, it answers as not found
        Portal council = Portal.signedIn(url, "it-council");
        for (String path : new String[] {"api/v1/statistics?year=" + YEAR, "api/v1/statistics/report.pdf", "api/v1/exports/products.csv",
            "api/v1/exports/certificates.json", "reports/statistics.xhtml"}) {
            HttpResponse<String> refused = council.get(path);
            assertEquals(404, refused.statusCode(), path);
            assertTrue(!refused.body().contains("product_id") && !refused.body().contains("productsByGroup"), path);
        }
    }

    /** The product's object in the JSON export. */
    private static JsonObject exported(Portal portal, long product) {
        HttpResponse<String> response = portal.get("api/v1/exports/products.json");
        assertEquals(200, response.statusCode());
        JsonArray all = jakarta.json.Json.createReader(new StringReader(response.body())).readArray();
        return all.getValuesAs(JsonObject.class).stream().filter(o -> o.getJsonNumber("product_id").longValue() == product)
                .findFirst().orElseThrow(() -> new AssertionError("product " + product + " not exported"));
    }

    private static JsonObject commune(JsonObject statistics, String id) {
        return statistics.getJsonArray("productsByCommune").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").toString().equals(id)).findFirst()
                .orElse(jakarta.json.Json.createObjectBuilder().add("count", 0).add("code", "").add("name", "")
                        .add("byStars", jakarta.json.Json.createObjectBuilder()).build());
    }

    private static long count(JsonObject object, String field) {
        return object.getJsonNumber(field).longValue();
    }

    private static long stars(JsonObject commune, String key) {
        JsonObject byStars = commune.getJsonObject("byStars");
        return byStars.containsKey(key) ? byStars.getJsonNumber(key).longValue() : 0;
    }

    private static long group(JsonObject statistics, String group) {
        return statistics.getJsonArray("productsByGroup").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("group").equals(group)).mapToLong(g -> g.getJsonNumber("count").longValue()).sum();
    }

    private static long type(JsonObject statistics, String field) {
        return statistics.getJsonArray("producersByType").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("type").equals("HOUSEHOLD_BUSINESS")).mapToLong(t -> t.getJsonNumber(field).longValue()).sum();
    }
}
