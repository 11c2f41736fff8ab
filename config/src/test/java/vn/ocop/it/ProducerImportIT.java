package vn.ocop.it;

import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;
import vn.ocop.registration.control.WorkbookLayout;
import vn.ocop.registration.control.WorkbookLayout.ProducerColumn;
import vn.ocop.registration.control.WorkbookLayout.ProductColumn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Producers in Excel through the API: an import stores all its rows or none, a commune officer
 * imports only into their commune, and the export holds exactly the producers the list shows.
 * Each run uses new tax codes and names, so the tests do not depend on each other or on a fresh database.
 */
@IntegrationTest
class ProducerImportIT extends ClientTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    private static final Random RANDOM = new SecureRandom();
    private static final String PREVIEW = "api/v1/producer-workbooks/preview";
    private static final String IMPORT = "api/v1/producer-workbooks/import";

    private Portal signedIn(String username) throws Exception {
        Database.awaitTestRegistrations();
        return Portal.signedIn(url, username);
    }

    @Test
    void aWorkbookWithOneBadRowImportsNothing() throws Exception {
        Portal officer = signedIn("it-officer");
        String run = run();
        String good = taxCode();
        byte[] file = workbook(List.of(
                producer("itx-HTX Sen " + run, "Hợp tác xã", good, "Xã Thượng Mỗ"),
                producer("itx-HTX Chè " + run, "Hợp tác xã", taxCode(), "Xã Tân Hội"),
                producer("itx-HTX Lỗi " + run, "Hợp tác xã", wrongCheckDigit(taxCode()), "Xã Hạ Mỗ")),
                List.<String[]>of(product(good, "itx-Trà sen " + run, "I.5.b")));
        long producers = Database.count("SELECT COUNT(*) FROM producer");
        long products = Database.count("SELECT COUNT(*) FROM product");

        JsonObject preview = json(officer.postBytes(PREVIEW, XLSX, file), 200);
        assertFalse(preview.getBoolean("valid"));
        assertEquals(3, preview.getInt("producers"));
        assertEquals(1, preview.getJsonArray("problems").size(), preview.toString());
        JsonObject problem = preview.getJsonArray("problems").getJsonObject(0);
        assertEquals("Chủ thể", problem.getString("sheet"));
        assertEquals(4, problem.getInt("row"));
        assertEquals("C", problem.getString("column"));
        assertEquals("registration.taxCode.checkDigit", problem.getString("messageKey"));
        assertTrue(problem.getString("message").contains("Mã số thuế"), problem.toString());

        JsonObject refused = json(officer.postBytes(IMPORT, XLSX, file), 400);
        assertEquals("registration.import.hasErrors", refused.getString("messageKey"));
        assertEquals(producers, Database.count("SELECT COUNT(*) FROM producer"), "no producer stored");
        assertEquals(products, Database.count("SELECT COUNT(*) FROM product"), "no product stored");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PRODUCER_IMPORTED' AND state_after LIKE ?",
                "%" + run + "%"));
    }

    @Test
    void aGoodWorkbookImportsEveryRowAndAuditsEachRecord() throws Exception {
        Portal officer = signedIn("it-officer");
        String run = run();
        String sen = taxCode();
        String nam = "01F8" + (100000 + RANDOM.nextInt(900000));
        byte[] file = workbook(List.of(
                producer("itx-HTX Sen " + run, "Hợp tác xã", sen, "Xã Thượng Mỗ"),
                producer("itx-Tổ hợp tác Nấm " + run, "Tổ hợp tác", nam, "Xã Hạ Mỗ")),
                List.<String[]>of(product(sen, "itx-Trà sen " + run, "I.5.b"),
                        product(nam, "itx-Nấm sò " + run, "I.1.a - Rau, củ, quả, hạt tươi"),
                        product("0100109106", "itx-Bánh mới " + run, "I.3.b")));
        long producers = Database.count("SELECT COUNT(*) FROM producer");
        long products = Database.count("SELECT COUNT(*) FROM product");

        JsonObject preview = json(officer.postBytes(PREVIEW, XLSX, file), 200);
        assertTrue(preview.getBoolean("valid"), preview.toString());
        assertEquals(producers, Database.count("SELECT COUNT(*) FROM producer"), "a preview stores nothing");

        JsonObject imported = json(officer.postBytes(IMPORT, XLSX, file), 200);
        assertEquals(2, imported.getInt("producers"));
        assertEquals(3, imported.getInt("products"));
        assertEquals(producers + 2, Database.count("SELECT COUNT(*) FROM producer"));
        assertEquals(products + 3, Database.count("SELECT COUNT(*) FROM product"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM producer WHERE tax_code = ? AND type = 'COOPERATIVE_GROUP'", nam));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM product p JOIN producer o ON o.id = p.producer_id"
                + " WHERE o.tax_code = '0100109106' AND p.name = ? AND p.step = 'IDEA_REGISTERED'", "itx-Bánh mới " + run));
        assertEquals(2, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PRODUCER_IMPORTED'"
                + " AND actor = 'it-officer' AND state_after LIKE ?", "%" + run + "%"));
        assertEquals(3, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PRODUCT_IMPORTED'"
                + " AND actor = 'it-officer' AND state_after LIKE ?", "%" + run + "%"));

        JsonObject again = json(officer.postBytes(IMPORT, XLSX, file), 400);
        assertEquals("registration.import.hasErrors", again.getString("messageKey"), "the same file twice: tax codes taken");
        assertEquals(producers + 2, Database.count("SELECT COUNT(*) FROM producer"));
    }

    @Test
    void aCommuneOfficerCannotImportAnotherCommunesProducer() throws Exception {
        Portal commune = signedIn("it-commune");
        String run = run();
        String own = taxCode();
        byte[] both = workbook(List.of(
                producer("itx-HTX Phùng " + run, "Hợp tác xã", own, "Thị trấn Phùng"),
                producer("itx-HTX Tân Hội " + run, "Hợp tác xã", taxCode(), "Xã Tân Hội")),
                List.<String[]>of(product("01F8012345", "itx-Rau của Tân Hội " + run, "I.1.a")));
        long producers = Database.count("SELECT COUNT(*) FROM producer");

        JsonObject preview = json(commune.postBytes(PREVIEW, XLSX, both), 200);
        List<String> problems = preview.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("sheet") + "!" + p.getString("column") + p.getInt("row") + " " + p.getString("messageKey"))
                .toList();
        assertEquals(List.of("Chủ thể!D3 registration.producer.outsideCommune",
                "Sản phẩm!A2 registration.producer.outsideCommune"), problems);
        assertEquals(400, commune.postBytes(IMPORT, XLSX, both).statusCode());
        assertEquals(producers, Database.count("SELECT COUNT(*) FROM producer"), "nothing of the file stored");

        byte[] ownOnly = workbook(List.<String[]>of(producer("itx-HTX Phùng " + run, "Hợp tác xã", own, "Thị trấn Phùng")), List.<String[]>of());
        assertEquals(1, json(commune.postBytes(IMPORT, XLSX, ownOnly), 200).getInt("producers"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM producer WHERE tax_code = ? AND unit_id = ?", own,
                TestAccounts.THI_TRAN_PHUNG));
    }

    @Test
    void leadersAndAdministratorsReadButDoNotImport() throws Exception {
        byte[] file = workbook(List.<String[]>of(producer("itx-HTX " + run(), "Hợp tác xã", taxCode(), "Xã Tân Hội")), List.<String[]>of());
        for (String username : List.of("it-leader", "it-admin")) {
            Portal portal = signedIn(username);
            assertEquals(403, portal.postBytes(PREVIEW, XLSX, file).statusCode(), username);
            assertEquals(403, portal.postBytes(IMPORT, XLSX, file).statusCode(), username);
            assertEquals(403, portal.getBytes("api/v1/producer-workbooks/template").statusCode(), username);
            assertEquals(200, portal.getBytes("api/v1/producer-workbooks/export?q=it-").statusCode(), username);
        }
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithAMessage() throws Exception {
        Portal officer = signedIn("it-officer");
        JsonObject refused = json(officer.postBytes(PREVIEW, XLSX, "%PDF-1.7".getBytes()), 400);
        assertEquals("registration.import.notXlsx", refused.getString("messageKey"));
        assertEquals("file", refused.getString("field"));
    }

    @Test
    void theExportHoldsExactlyTheFilteredProducers() throws Exception {
        Portal officer = signedIn("it-officer");
        HttpResponse<byte[]> response = officer.getBytes("api/v1/producer-workbooks/export?q=it-&type=COOPERATIVE");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(XLSX));
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\"danh-sach-chu-the-ocop-"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''Danh%20s%C3%A1ch%20ch%E1%BB%A7%20th%E1%BB%83%20OCOP%20"), disposition);

        List<String> exported = names(response.body());
        assertTrue(exported.contains("HTX it-Nông nghiệp Phùng"), exported.toString());
        assertFalse(exported.contains("Tổ hợp tác it-Rau sạch Tân Hội"), "another type");
        assertEquals(listed(officer, "api/v1/producers?q=it-&type=COOPERATIVE&size=500"), exported,
                "the same producers as the list, in the same order");

        Portal commune = signedIn("it-commune");
        List<String> communes = names(commune.getBytes("api/v1/producer-workbooks/export?q=it-").body());
        assertEquals(listed(commune, "api/v1/producers?q=it-&size=500"), communes);
        assertFalse(communes.contains("Tổ hợp tác it-Rau sạch Tân Hội"), "a commune officer exports only their commune");
        assertTrue(communes.contains("HTX it-Nông nghiệp Phùng"));
    }

    @Test
    void theTemplateOfACommuneOfficerOffersOnlyTheirCommune() throws Exception {
        HttpResponse<byte[]> response = signedIn("it-commune").getBytes("api/v1/producer-workbooks/template");
        assertEquals(200, response.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertEquals(WorkbookLayout.PRODUCERS, workbook.getSheetName(0));
            assertEquals(WorkbookLayout.PRODUCTS, workbook.getSheetName(1));
            List<String> guide = new ArrayList<>();
            workbook.getSheet(WorkbookLayout.GUIDE).forEach(row -> row.forEach(cell -> guide.add(cell.toString())));
            assertTrue(guide.contains("09877 - Thị trấn Phùng"), guide.toString());
            assertFalse(guide.contains("09910 - Xã Tân Hội"));
            assertTrue(guide.contains("I.3.c - Chế biến từ rau, củ, quả, hạt"));
        }
    }

    private static JsonObject json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Portal.parse(response.body());
    }

    private static List<String> listed(Portal portal, String path) {
        return portal.json(path).getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
    }

    /** The names of the exported sheet, in its order (column B, below the header). */
    private static List<String> names(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(WorkbookLayout.LIST);
            assertEquals("Tên chủ thể", sheet.getRow(0).getCell(1).getStringCellValue());
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                names.add(sheet.getRow(i).getCell(1).getStringCellValue());
            }
            return names;
        }
    }

    private static String[] producer(String name, String type, String taxCode, String commune) {
        String[] row = new String[ProducerColumn.values().length];
        row[ProducerColumn.NAME.ordinal()] = name;
        row[ProducerColumn.TYPE.ordinal()] = type;
        row[ProducerColumn.TAX_CODE.ordinal()] = taxCode;
        row[ProducerColumn.COMMUNE.ordinal()] = commune;
        row[ProducerColumn.ADDRESS.ordinal()] = "Thôn 1";
        row[ProducerColumn.REPRESENTATIVE.ordinal()] = "Nguyễn Văn Một";
        row[ProducerColumn.REGISTERED_ON.ordinal()] = "02/01/2020";
        return row;
    }

    private static String[] product(String taxCode, String name, String productSet) {
        String[] row = new String[ProductColumn.values().length];
        row[ProductColumn.PRODUCER_TAX_CODE.ordinal()] = taxCode;
        row[ProductColumn.NAME.ordinal()] = name;
        row[ProductColumn.PRODUCT_SET.ordinal()] = productSet;
        return row;
    }

    /** A workbook laid out as the template, every cell as text. */
    private static byte[] workbook(List<String[]> producers, List<String[]> products) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(workbook, WorkbookLayout.PRODUCERS, ProducerColumn.values(), producers);
            sheet(workbook, WorkbookLayout.PRODUCTS, ProductColumn.values(), products);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void sheet(Workbook workbook, String name, WorkbookLayout.Column[] columns, List<String[]> rows) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        Arrays.stream(columns).forEach(c -> header.createCell(((Enum<?>) c).ordinal()).setCellValue(c.title()));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).length; c++) {
                if (rows.get(r)[c] != null) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
        }
    }

    /** A new tax code of Hà Nội (01…) with a correct check digit. */
    private static String taxCode() {
        while (true) {
            String digits = "01" + String.format("%07d", RANDOM.nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < WEIGHTS.length; i++) {
                sum += (digits.charAt(i) - '0') * WEIGHTS[i];
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return digits + check;
            }
        }
    }

    private static String wrongCheckDigit(String taxCode) {
        int last = taxCode.charAt(9) - '0';
        return taxCode.substring(0, 9) + (last + 1) % 10;
    }

    /** A mark of this run, in the names of what it imports. */
    private static String run() {
        return "r" + Long.toString(Math.abs(RANDOM.nextLong()) % 1_000_000_000L, 36);
    }
}
