package vn.ocop.registration;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ocop.registration.control.ImportTemplate;
import vn.ocop.registration.control.ProducerImport;
import vn.ocop.registration.control.ProducerListWorkbook;
import vn.ocop.registration.control.WorkbookLayout;
import vn.ocop.registration.control.WorkbookLayout.ProducerColumn;
import vn.ocop.registration.entity.ProducerStatus;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.shared.control.BusinessException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbooks the portal writes: the producer list and the import template. */
class ProducerWorkbooksTest {

    @Test
    void theListHasABoldFrozenVietnameseHeaderAndRealDates() throws IOException {
        byte[] file = ProducerListWorkbook.write(List.of(
                new ProducerListWorkbook.Entry("Hợp tác xã Rau an toàn Tân Hội", ProducerType.COOPERATIVE, "0100109106", "09910",
                        "Xã Tân Hội", "Thôn 3", "Nguyễn Thị Lan", "Giám đốc", WorkbookLayout.FEMALE, "0243388", "lan@example.vn",
                        LocalDate.of(2019, 4, 2), ProducerStatus.ACTIVE),
                new ProducerListWorkbook.Entry("Tổ hợp tác Đồng Tháp", ProducerType.COOPERATIVE_GROUP, "01F8012345", "09919",
                        "Xã Đồng Tháp", "Thôn 1", "Lê Văn Đức", null, null, null, null, null, ProducerStatus.INACTIVE)));

        try (XSSFWorkbook workbook = TestWorkbooks.open(file)) {
            XSSFSheet sheet = workbook.getSheet(WorkbookLayout.LIST);
            Row header = sheet.getRow(0);
            assertEquals("STT", header.getCell(0).getStringCellValue());
            assertEquals("Tên chủ thể", header.getCell(1).getStringCellValue());
            assertEquals("Ngày đăng ký", header.getCell(12).getStringCellValue());
            assertTrue(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold(), "bold header");
            assertNotNull(sheet.getPaneInformation());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row stays in view");
            assertTrue(sheet.getColumnWidth(1) >= 30 * 256, "a name has room");

            Row first = sheet.getRow(1);
            assertEquals(1, first.getCell(0).getNumericCellValue());
            assertEquals("Hợp tác xã Rau an toàn Tân Hội", first.getCell(1).getStringCellValue());
            assertEquals("Hợp tác xã", first.getCell(2).getStringCellValue());
            assertEquals("0100109106", first.getCell(3).getStringCellValue(), "a tax code stays text, with its zero");
            assertEquals("Nữ", first.getCell(9).getStringCellValue());
            Cell day = first.getCell(12);
            assertEquals(CellType.NUMERIC, day.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(day));
            assertEquals("dd/mm/yyyy", day.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2019, 4, 2), day.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Đang tham gia", first.getCell(13).getStringCellValue());

            Row second = sheet.getRow(2);
            assertEquals("Tổ hợp tác", second.getCell(2).getStringCellValue());
            assertNull(second.getCell(12), "no date, no cell");
            assertEquals("Ngừng tham gia", second.getCell(13).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void anEmptyListStillHasItsHeader() throws IOException {
        try (XSSFWorkbook workbook = TestWorkbooks.open(ProducerListWorkbook.write(List.of()))) {
            assertEquals(0, workbook.getSheet(WorkbookLayout.LIST).getLastRowNum());
        }
    }

    @Test
    void theTemplateListsTheAllowedValuesAndOffersThemInDropDowns() throws IOException {
        byte[] template = ImportTemplate.write(ProducerImportTest.COMMUNES, ProducerImportTest.SETS);

        try (XSSFWorkbook workbook = TestWorkbooks.open(template)) {
            assertEquals(List.of(WorkbookLayout.PRODUCERS, WorkbookLayout.PRODUCTS, WorkbookLayout.GUIDE),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
            Row producers = workbook.getSheet(WorkbookLayout.PRODUCERS).getRow(0);
            assertEquals("Tên chủ thể *", producers.getCell(0).getStringCellValue());
            assertEquals("Chức vụ người đại diện", producers.getCell(ProducerColumn.TITLE.ordinal()).getStringCellValue());
            assertEquals("Mã số thuế / số đăng ký của chủ thể *",
                    workbook.getSheet(WorkbookLayout.PRODUCTS).getRow(0).getCell(0).getStringCellValue());
            List<String> guide = texts(workbook.getSheet(WorkbookLayout.GUIDE));
            for (String expected : List.of("Hợp tác xã", "Hộ sản xuất có đăng ký kinh doanh", "09877 - Thị trấn Phùng",
                    "09877 - Xã Đan Phượng", "đến 30/06/2025", "I.3.c - Chế biến từ rau, củ, quả, hạt", "Nữ")) {
                assertTrue(guide.contains(expected), expected + " in " + guide);
            }
            assertEquals(3, workbook.getSheet(WorkbookLayout.PRODUCERS).getDataValidations().size());
            assertEquals(1, workbook.getSheet(WorkbookLayout.PRODUCTS).getDataValidations().size());
            assertEquals("'Hướng dẫn'!$A$", workbook.getName("BoSanPham").getRefersToFormula().substring(0, 15));
        }
        assertEquals("registration.import.noRows",
                assertThrows(BusinessException.class, () -> ProducerImport.check(template, reference())).messageKey(),
                "the empty template has nothing to import");
    }

    @Test
    void aFilledInTemplateImports() throws IOException {
        byte[] filled;
        try (XSSFWorkbook workbook = TestWorkbooks.open(ImportTemplate.write(ProducerImportTest.COMMUNES, ProducerImportTest.SETS));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.getSheet(WorkbookLayout.PRODUCERS), TestWorkbooks.producer("HTX Bánh Phùng", "Hợp tác xã", "0101234565",
                    "09877 - Thị trấn Phùng"));
            fill(workbook.getSheet(WorkbookLayout.PRODUCTS), TestWorkbooks.product("0101234565", "Bánh Phùng",
                    "I.3.c - Chế biến từ rau, củ, quả, hạt"));
            workbook.write(out);
            filled = out.toByteArray();
        }
        ProducerImport.Plan plan = ProducerImport.check(filled, reference());
        assertTrue(plan.preview().valid(), plan.preview().problems()::toString);
        assertEquals(1, plan.producers().size());
        assertEquals(1, plan.products().size());
    }

    private static ProducerImport.Reference reference() {
        return new ProducerImport.Reference(ProducerImportTest.COMMUNES, ProducerImportTest.SETS, codes -> java.util.Map.of(),
                null, ProducerImportTest.TODAY, ProducerImportTest.NOW, "officer");
    }

    private static void fill(Sheet sheet, String[] values) {
        Row row = sheet.createRow(1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
