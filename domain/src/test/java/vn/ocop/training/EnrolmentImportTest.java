package vn.ocop.training;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ocop.registration.control.ImportProblem;
import vn.ocop.training.control.EnrolmentImport;
import vn.ocop.training.control.Trainee;
import vn.ocop.training.entity.Audience;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Excel enrolment: every row checked, every problem at its row and column, all rows or none. */
class EnrolmentImportTest {

    private static final List<Trainee> ADMITTED = List.of(
            new Trainee("M1", "Nguyễn Văn An", Audience.PRODUCER_MANAGER, 21L, "Xã Tân Hội", 101L, "HTX Tân Hội",
                    "0100109106", null, null),
            new Trainee("M2", "Trần Thị Bình", Audience.PRODUCER_MANAGER, 21L, "Xã Tân Hội", 101L, "HTX Tân Hội",
                    "0100109106", null, null),
            new Trainee("M3", "Lê Văn Cường", Audience.PRODUCER_MANAGER, 10L, "Thị trấn Phùng", 102L, "HTX Phùng",
                    "01F8012345", null, null));

    static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(EnrolmentImport.template()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet(EnrolmentImport.SHEET);
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    if (rows[i][c] != null) {
                        row.createCell(c).setCellValue(rows[i][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static EnrolmentImport.Plan check(byte[] file, Set<String> enrolled, long places, Long onlyUnit) {
        return EnrolmentImport.check(file, new EnrolmentImport.Reference(ADMITTED, enrolled, places,
                onlyUnit == null ? null : Set.of(onlyUnit)));
    }

    @Test
    void aCleanFileEnrolsEveryRowMatchingNamesWithoutDiacritics() throws IOException {
        EnrolmentImport.Plan plan = check(workbook(new String[] {"0100109106", "nguyen van an"},
                new String[] {"01F8012345", "Lê Văn Cường"}), Set.of(), 10, null);
        assertTrue(plan.valid(), () -> "problems: " + plan.problems());
        assertEquals(List.of("M1", "M3"), plan.people().stream().map(Trainee::key).toList());
    }

    @Test
    void anyProblemEnrolsNobodyAndEveryProblemIsListed() throws IOException {
        EnrolmentImport.Plan plan = check(workbook(
                new String[] {"0100109106", "Nguyễn Văn An"},
                new String[] {"0100109106", "Người Lạ"},
                new String[] {"9999999999", "Ai Đó"},
                new String[] {"0100109106", "Nguyễn Văn An"},
                new String[] {"0100109106", "Trần Thị Bình"},
                new String[] {null, "Không Mã"},
                new String[] {null, "Cán Bộ", "khongco"}), Set.of("M2"), 10, null);
        assertFalse(plan.valid());
        assertTrue(plan.people().isEmpty(), "all or nothing");
        assertEquals(List.of("3:training.import.unknownManager", "4:training.import.unknownProducer",
                        "5:training.import.twiceInFile", "6:training.enrolment.twice", "7:training.import.personMissing",
                        "8:training.import.unknownUser"),
                plan.problems().stream().map(p -> p.row() + ":" + p.messageKey()).toList());
        ImportProblem unknown = plan.problems().get(0);
        assertEquals("B", unknown.column());
    }

    @Test
    void theRowsMustFitInThePlacesLeft() throws IOException {
        EnrolmentImport.Plan plan = check(workbook(new String[] {"0100109106", "Nguyễn Văn An"},
                new String[] {"0100109106", "Trần Thị Bình"}), Set.of(), 1, null);
        assertEquals(List.of("training.import.capacity"), plan.problems().stream().map(ImportProblem::messageKey).toList());
        assertEquals(List.of(2, 1L), plan.problems().get(0).arguments());
    }

    @Test
    void aCommuneOfficerEnrolsOnlyTheirCommune() throws IOException {
        EnrolmentImport.Plan plan = check(workbook(new String[] {"01F8012345", "Lê Văn Cường"}), Set.of(), 10, 21L);
        assertEquals(List.of("training.enrolment.outsideCommune"),
                plan.problems().stream().map(ImportProblem::messageKey).toList());
    }
}
