package vn.ocop.registration;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitType;
import vn.ocop.registration.control.ImportPreview;
import vn.ocop.registration.control.ImportProblem;
import vn.ocop.registration.control.ProducerImport;
import vn.ocop.registration.control.WorkbookLayout;
import vn.ocop.registration.control.WorkbookLayout.ProducerColumn;
import vn.ocop.registration.control.WorkbookLayout.ProductColumn;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.registration.entity.Representative;
import vn.ocop.shared.control.BusinessException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registration.TestWorkbooks.producer;
import static vn.ocop.registration.TestWorkbooks.product;
import static vn.ocop.registration.TestWorkbooks.with;
import static vn.ocop.registration.TestWorkbooks.workbook;

class ProducerImportTest {

    static final AdministrativeUnit PHUNG = new AdministrativeUnit(10L, "09877", "Thị trấn Phùng", UnitType.TOWNSHIP, null,
            LocalDate.of(2008, 8, 1), LocalDate.of(2025, 6, 30));
    static final AdministrativeUnit TAN_HOI = new AdministrativeUnit(21L, "09910", "Xã Tân Hội", UnitType.COMMUNE, null,
            LocalDate.of(2008, 8, 1), LocalDate.of(2025, 6, 30));
    static final AdministrativeUnit DAN_PHUONG_OLD = new AdministrativeUnit(23L, "09916", "Xã Đan Phượng", UnitType.COMMUNE, null,
            LocalDate.of(2008, 8, 1), LocalDate.of(2025, 6, 30));
    static final AdministrativeUnit DAN_PHUONG_NEW = new AdministrativeUnit(40L, "09877", "Xã Đan Phượng", UnitType.COMMUNE, null,
            LocalDate.of(2025, 7, 1), null);
    static final List<AdministrativeUnit> COMMUNES = List.of(PHUNG, TAN_HOI, DAN_PHUONG_OLD, DAN_PHUONG_NEW);
    static final List<ProductSet> SETS = List.of(
            new ProductSet(1L, WorkbookLayout.CRITERIA_SET, 1, "I.1.a", "Thực phẩm tươi sống", "Rau, củ, quả, hạt tươi"),
            new ProductSet(7L, WorkbookLayout.CRITERIA_SET, 7, "I.3.c", "Thực phẩm chế biến", "Chế biến từ rau, củ, quả, hạt"));
    static final Producer REGISTERED = new Producer("HTX Nông nghiệp Tân Hội", ProducerType.COOPERATIVE, "0100109106", TAN_HOI,
            "Thôn 2", new Representative("Trần Văn Hải", null, null, null));
    static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    static final LocalDateTime NOW = TODAY.atTime(9, 30);

    private static ProducerImport.Reference reference(Long onlyCommune) {
        Map<String, Producer> registered = Map.of(REGISTERED.getTaxCode(), REGISTERED);
        return new ProducerImport.Reference(COMMUNES, SETS, codes -> codes.stream().filter(registered::containsKey)
                .collect(Collectors.toMap(c -> c, registered::get)), onlyCommune, TODAY, NOW, "officer");
    }

    private static ProducerImport.Plan check(byte[] workbook) {
        return ProducerImport.check(workbook, reference(null));
    }

    /** The problems as "sheet!column+row key [arguments]", in the order found. */
    private static List<String> problems(ImportPreview preview) {
        return preview.problems().stream().map(ProducerImportTest::describe).toList();
    }

    private static String describe(ImportProblem p) {
        return p.sheet() + "!" + (p.column() == null ? "" : p.column()) + p.row() + " " + p.messageKey()
                + (p.arguments().isEmpty() ? "" : " " + p.arguments());
    }

    @Test
    void aGoodWorkbookPlansEveryRowThroughTheEntities() {
        ProducerImport.Plan plan = check(workbook(new String[][]{
            with(with(producer("HTX Bánh Phùng", "Hợp tác xã", "0101234565", "Thị trấn Phùng"),
                    ProducerColumn.GENDER, "Nữ"), ProducerColumn.REGISTERED_ON, "05/01/2019"),
            producer("Tổ hợp tác Rau sạch", "to hop tac", "01f8 099999", "09910 - Xã Tân Hội"),
        }, new String[][]{
            product("0101234565", "Bánh Phùng", "I.3.c"),
            product("01F8099999", "Rau cải ngọt", "I.1.a - Rau, củ, quả, hạt tươi"),
            product("0100109106", "Gạo nếp cái hoa vàng", "7"),
        }));

        assertTrue(plan.preview().valid(), () -> problems(plan.preview()).toString());
        assertEquals(5, plan.preview().rows());
        assertEquals(2, plan.producers().size());
        Producer banh = plan.producers().get(0);
        assertEquals("HTX Bánh Phùng", banh.getName());
        assertEquals(ProducerType.COOPERATIVE, banh.getType());
        assertSame(PHUNG, banh.getCommune());
        assertEquals(WorkbookLayout.FEMALE, banh.getRepresentative().getGender());
        assertEquals(LocalDate.of(2019, 1, 5), banh.getRegisteredOn());
        Producer rau = plan.producers().get(1);
        assertEquals(ProducerType.COOPERATIVE_GROUP, rau.getType());
        assertEquals("01F8099999", rau.getTaxCode(), "spaces removed, upper case");
        assertSame(TAN_HOI, rau.getCommune());

        List<Product> products = plan.products();
        assertEquals(3, products.size());
        assertSame(banh, products.get(0).getProducer());
        assertEquals("I.3.c", products.get(0).getProductSet().getCode());
        assertSame(rau, products.get(1).getProducer());
        assertEquals("I.1.a", products.get(1).getProductSet().getCode());
        assertSame(REGISTERED, products.get(2).getProducer(), "a product of a producer already registered");
        assertEquals(7, products.get(2).getProductSet().getNumber());
        assertEquals(CycleStep.IDEA_REGISTERED, products.get(2).getStep());
        assertEquals("officer", products.get(2).getTransitions().get(0).getActor());
        assertEquals(NOW, products.get(2).getTransitions().get(0).getOccurredAt());

        ImportPreview.ProducerLine line = plan.preview().producers().get(1);
        assertEquals(3, line.row());
        assertEquals("Xã Tân Hội", line.commune());
        assertEquals(ProducerType.COOPERATIVE_GROUP, line.type());
        assertEquals("Rau, củ, quả, hạt tươi", plan.preview().products().get(1).productSet());
    }

    @Test
    void everyErrorOfEveryRowIsListedWithItsSheetRowAndColumnAndNothingIsPlanned() {
        String[] good = producer("HTX Bánh Phùng", "Hợp tác xã", "0101234565", "Thị trấn Phùng");
        String[] many = producer("Hộ Nguyễn Văn Tám", "Hộ sản xuất có đăng ký kinh doanh", "0107654326", "Xã Đan Phượng");
        many = with(with(with(with(with(with(many, ProducerColumn.EMAIL, "tam-at-gmail"), ProducerColumn.MEMBERS, "-3"),
                ProducerColumn.WORKERS, "nhiều"), ProducerColumn.REGISTERED_ON, "31/02/2024"), ProducerColumn.GENDER, "X"),
                ProducerColumn.NAME, "x".repeat(201));
        ProducerImport.Plan plan = check(workbook(new String[][]{
            good,
            with(producer("HTX Rau Tân Hội", "Hợp tác xã", "0100109107", "Xã Tân Hội"), ProducerColumn.ADDRESS, null),
            producer("Công ty Chè", "Công ty", "0105555552", "Xã Không Có"),
            producer("HTX Bánh Phùng 2", "HTX", "0101234565", "Thị trấn Phùng"),
            producer("HTX Nông nghiệp", "Hợp tác xã", "0100109106", "Xã Tân Hội"),
            many,
            with(producer("HTX Mới", "Doanh nghiệp", "0102345677", "Thị trấn Phùng"), ProducerColumn.REGISTERED_ON, "15/03/2025"),
        }, new String[][]{
            product("0109999999", "Bánh lạ", "I.3.c"),
            product("0101234565", "Bánh Phùng", "IX.9"),
            product("0101234565", null, "I.3.c"),
            product("0100109107", "Rau của dòng lỗi", "I.1.a"),
            product("0101234565", "Bánh  phùng", "I.1.a"),
        }));

        assertFalse(plan.preview().valid());
        assertTrue(plan.producers().isEmpty() && plan.products().isEmpty(), "nothing to store");
        assertEquals(List.of(
                "Chủ thể!C3 registration.taxCode.checkDigit",
                "Chủ thể!E3 error.required",
                "Chủ thể!B4 registration.import.unknownType [Công ty]",
                "Chủ thể!D4 registration.import.unknownCommune [Xã Không Có]",
                "Chủ thể!B5 registration.import.unknownType [HTX]",
                "Chủ thể!C5 registration.import.duplicateInFile [2]",
                "Chủ thể!C6 registration.taxCode.taken",
                "Chủ thể!A7 error.tooLong [200]",
                "Chủ thể!D7 registration.import.ambiguousCommune [Xã Đan Phượng]",
                "Chủ thể!H7 registration.import.unknownGender [X]",
                "Chủ thể!K7 registration.import.email [tam-at-gmail]",
                "Chủ thể!L7 error.negative",
                "Chủ thể!M7 registration.import.wholeNumber [nhiều]",
                "Chủ thể!N7 registration.import.date [31/02/2024]",
                "Chủ thể!N8 registration.import.futureDate",
                "Sản phẩm!A2 registration.import.producerUnknown [0109999999]",
                "Sản phẩm!C3 registration.import.unknownProductSet [IX.9, 148/QĐ-TTg]",
                "Sản phẩm!B4 error.required",
                "Sản phẩm!B6 registration.import.duplicateInFile [3]"), problems(plan.preview()));
        assertEquals("Mã số thuế / số đăng ký", plan.preview().problems().get(0).header());
        assertEquals(7, plan.preview().producers().size(), "every row is shown, with or without problems");
        assertEquals(5, plan.preview().products().size());
    }

    @Test
    void aCommuneOfficerImportsOnlyIntoTheirOwnCommune() {
        byte[] file = workbook(new String[][]{
            producer("HTX Bánh Phùng", "Hợp tác xã", "0101234565", "thi tran phung"),
            producer("HTX Rau Tân Hội", "Hợp tác xã", "0107654326", "Xã Tân Hội"),
        }, new String[][]{
            product("0100109106", "Rau của Tân Hội", "I.1.a"),
        });

        ProducerImport.Plan plan = ProducerImport.check(file, reference(PHUNG.getId()));

        assertEquals(List.of("Chủ thể!D3 registration.producer.outsideCommune",
                "Sản phẩm!A2 registration.producer.outsideCommune"), problems(plan.preview()));
        assertTrue(ProducerImport.check(file, reference(null)).preview().valid(), "the district office may");
    }

    @Test
    void numbersAndDatesTypedInExcelAreRead() {
        byte[] file = TestWorkbooks.build(workbook -> {
            Sheet sheet = TestWorkbooks.sheet(workbook, WorkbookLayout.PRODUCERS, TestWorkbooks.titles(ProducerColumn.values()),
                    new String[][]{producer("HTX Bánh Phùng", "COOPERATIVE", null, "09877 – Thị trấn Phùng")});
            Row row = sheet.getRow(1);
            row.createCell(ProducerColumn.TAX_CODE.ordinal()).setCellValue(101234565d);
            row.createCell(ProducerColumn.MEMBERS.ordinal()).setCellValue(12d);
            row.createCell(ProducerColumn.PHONE.ordinal()).setCellValue(2433886655d);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(WorkbookLayout.DATE_FORMAT));
            row.createCell(ProducerColumn.REGISTERED_ON.ordinal()).setCellValue(LocalDate.of(2020, 12, 31));
            row.getCell(ProducerColumn.REGISTERED_ON.ordinal()).setCellStyle(date);
        });

        ProducerImport.Plan plan = check(file);

        assertTrue(plan.preview().valid(), () -> problems(plan.preview()).toString());
        Producer producer = plan.producers().get(0);
        assertEquals("0101234565", producer.getTaxCode(), "the leading zero Excel dropped is back");
        assertEquals(12, producer.getMembers());
        assertEquals("2433886655", producer.getPhone());
        assertEquals(LocalDate.of(2020, 12, 31), producer.getRegisteredOn());
        assertSame(PHUNG, producer.getCommune(), "code and name with an en dash");
    }

    @Test
    void columnsAreFoundByTheirHeaderAndAMissingOneIsReported() {
        ProducerColumn[] reversed = ProducerColumn.values().clone();
        java.util.Collections.reverse(Arrays.asList(reversed));
        String[] row = producer("HTX Bánh Phùng", "Hợp tác xã", "0101234565", "Thị trấn Phùng");
        String[] reversedRow = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            reversedRow[row.length - 1 - i] = row[i];
        }
        String[] headers = Arrays.stream(reversed).map(ProducerColumn::header).toArray(String[]::new);
        byte[] reordered = TestWorkbooks.build(w -> TestWorkbooks.sheet(w, "chu the", headers, new String[][]{reversedRow}));
        assertTrue(check(reordered).preview().valid(), "any order, headers without asterisks, sheet name without diacritics");

        String[] withoutType = Arrays.stream(ProducerColumn.values()).filter(c -> c != ProducerColumn.TYPE)
                .map(ProducerColumn::title).toArray(String[]::new);
        byte[] missing = TestWorkbooks.build(w -> TestWorkbooks.sheet(w, WorkbookLayout.PRODUCERS, withoutType, new String[][]{row}));
        ImportPreview preview = check(missing).preview();
        assertEquals(List.of("Chủ thể!1 registration.import.missingColumn [Loại hình]"), problems(preview));
        assertTrue(preview.producers().isEmpty(), "rows of a sheet without its columns are not read");
    }

    @Test
    void aWorkbookOfProductsAloneAddsProductsToRegisteredProducers() {
        byte[] file = TestWorkbooks.build(w -> TestWorkbooks.sheet(w, WorkbookLayout.PRODUCTS,
                TestWorkbooks.titles(ProductColumn.values()), new String[][]{product("0100109106", "Rau muống", "I.1.a")}));
        ProducerImport.Plan plan = check(file);
        assertTrue(plan.preview().valid());
        assertSame(REGISTERED, plan.products().get(0).getProducer());
    }

    @Test
    void whatIsNotAnXlsxWorkbookIsRefusedWithAClearMessage() throws IOException {
        assertEquals("registration.upload.empty", refused(new byte[0]));
        assertEquals("registration.upload.empty", refused(null));
        assertEquals("registration.import.notXlsx", refused("%PDF-1.7 not a workbook".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("registration.import.notXlsx", refused("PK\u0003\u0004 a broken zip".getBytes(StandardCharsets.ISO_8859_1)));
        try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            xls.createSheet(WorkbookLayout.PRODUCERS);
            xls.write(out);
            assertEquals("registration.import.notXlsx", refused(out.toByteArray()), "the old .xls format");
        }
        byte[] large = new byte[(int) ProducerImport.MAX_BYTES + 1];
        large[0] = 'P';
        large[1] = 'K';
        assertEquals("registration.upload.tooLarge", refused(large));
        BusinessException tooLarge = assertThrows(BusinessException.class, () -> check(large));
        assertEquals("file", tooLarge.field());
        assertEquals(List.of(ProducerImport.MAX_MEGABYTES), List.of(tooLarge.arguments()));
    }

    @Test
    void aSmallFileThatUnpacksToAHugeOneIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
        }
        assertTrue(bytes.size() < ProducerImport.MAX_BYTES, "small enough to pass the size check");
        assertEquals("registration.import.unpackedTooLarge", refused(bytes.toByteArray()),
                "counted as it inflates, before POI parses it");
    }

    @Test
    void aWorkbookWithoutTheSheetsOrWithoutRowsIsRefused() {
        assertEquals("registration.import.noSheet", refused(TestWorkbooks.build(w -> w.createSheet("Sheet1"))));
        assertEquals("registration.import.noRows", refused(workbook(new String[0][], new String[0][])));
    }

    @Test
    void moreThanTheRowLimitIsRefused() {
        String[][] rows = new String[ProducerImport.MAX_ROWS + 1][];
        Arrays.fill(rows, producer("HTX", "Hợp tác xã", "0101234565", "Thị trấn Phùng"));
        BusinessException refused = assertThrows(BusinessException.class, () -> check(workbook(rows, new String[0][])));
        assertEquals("registration.import.tooManyRows", refused.messageKey());
        assertEquals(List.of(ProducerImport.MAX_ROWS), List.of(refused.arguments()));
    }

    @Test
    void blankRowsAreSkippedAndRowNumbersAreExcels() {
        byte[] file = TestWorkbooks.build(w -> {
            Sheet sheet = TestWorkbooks.sheet(w, WorkbookLayout.PRODUCERS, TestWorkbooks.titles(ProducerColumn.values()), new String[0][]);
            Row blank = sheet.createRow(1);
            blank.createCell(0).setCellValue("   ");
            Row row = sheet.createRow(4);
            String[] values = producer("HTX", "Hợp tác xã", "0101234560", "Thị trấn Phùng");
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    row.createCell(i).setCellValue(values[i]);
                }
            }
        });
        ImportPreview preview = check(file).preview();
        assertEquals(List.of("Chủ thể!C5 registration.taxCode.checkDigit"), problems(preview));
        assertEquals(1, preview.producers().size());
        assertEquals(5, preview.producers().get(0).row());
    }

    private static String refused(byte[] content) {
        return assertThrows(BusinessException.class, () -> check(content)).messageKey();
    }

    @Test
    void theLookupIsAskedOnlyForTheTaxCodesOfTheFile() {
        Map<String, Integer> asked = new HashMap<>();
        ProducerImport.Reference reference = new ProducerImport.Reference(COMMUNES, SETS, codes -> {
            codes.forEach(c -> asked.merge(c, 1, Integer::sum));
            return Map.of();
        }, null, TODAY, NOW, "officer");
        ProducerImport.check(workbook(new String[][]{producer("HTX", "Hợp tác xã", "0101234565", "Thị trấn Phùng")},
                new String[][]{product("0100109106", "Rau", "I.1.a")}), reference);
        assertEquals(Set.of("0101234565", "0100109106"), asked.keySet());
        assertEquals(Set.of(1), Set.copyOf(asked.values()), "asked once");
    }
}
