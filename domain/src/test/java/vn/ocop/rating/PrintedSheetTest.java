package vn.ocop.rating;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.Conclusion;
import vn.ocop.rating.control.PartMaxima;
import vn.ocop.rating.control.PrintedResults;
import vn.ocop.rating.control.PrintedSheet;
import vn.ocop.rating.control.SheetCheck;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.control.SheetNode;
import vn.ocop.rating.control.SheetTree;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.reports.Documents;
import vn.ocop.reports.MemberSheetDocument;
import vn.ocop.reports.ScoringSheetDocument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.rating.RoundFixtures.A_CRITERION;
import static vn.ocop.rating.RoundFixtures.A_HALF;
import static vn.ocop.rating.RoundFixtures.B_CRITERION;
import static vn.ocop.rating.RoundFixtures.B_FULL;
import static vn.ocop.rating.RoundFixtures.C2_FIRST;
import static vn.ocop.rating.RoundFixtures.C2_FIRST_FULL;
import static vn.ocop.rating.RoundFixtures.C2_SECOND;
import static vn.ocop.rating.RoundFixtures.C2_SECOND_FULL;

/** A member's submitted sheet as printed: the options chosen ticked, the points of criteria, sections and parts. */
class PrintedSheetTest {

    private static final PartMaxima PARTS = new PartMaxima(40, 25, 35);

    @Test
    void ticksTheChosenOptionsAndSumsWhatWasScored() {
        SheetTree tree = RoundFixtures.form().tree();
        Map<Long, Long> choices = Map.of(A_CRITERION, A_HALF, B_CRITERION, B_FULL, C2_FIRST, C2_FIRST_FULL,
                C2_SECOND, C2_SECOND_FULL);
        ScoringSheetDocument document = PrintedSheet.document("148/QĐ-TTg", "Bộ Tiêu chí 148", "Bộ sản phẩm số 7", PARTS, tree,
                choices);
        Map<String, ScoringSheetDocument.Row> rows = new LinkedHashMap<>();
        document.rows().forEach(row -> rows.put(row.text(), row));
        assertTrue(rows.get("Một phần tại địa phương").ticked());
        assertFalse(rows.get("Toàn bộ tại địa phương").ticked());
        assertFalse(rows.get("Không rõ nguồn gốc").ticked());
        assertEquals("20", rows.get("a) Nguồn nguyên liệu").scored());
        assertEquals("20", rows.get("1. TỔ CHỨC SẢN XUẤT").scored());
        assertEquals("20", rows.get("Phần A").scored());
        assertEquals("25", rows.get("Phần B").scored());
        assertEquals("35", rows.get("b. Trường hợp 2").scored(), "the case in use");
        assertNull(rows.get("a. Trường hợp 1").scored(), "the case not used stays blank");
        assertNull(rows.get("- Điều kiện kinh doanh").scored());
        assertNull(rows.get("Đạt").scored(), "an option has no score cell");
        assertEquals("35", rows.get("3. DỊCH VỤ").scored());
        assertEquals(List.of("20", "25", "35"), document.parts().stream().map(ScoringSheetDocument.Part::scored).toList());
    }

    @Test
    void everyUsableSheetOfTheCataloguePrintsTheMembersTotals() throws Exception {
        Documents documents = new Documents();
        List<CatalogueDatabase.Checked> usable = CatalogueDatabase.usable(CatalogueDatabase.sheets(CatalogueDatabase.h2()));
        for (CatalogueDatabase.Checked checked : usable) {
            CatalogueDatabase.Sheet sheet = checked.sheet();
            SheetCheck check = checked.check();
            SheetChoices form = SheetChoices.of(check.tree());
            Map<Long, Long> choices = new LinkedHashMap<>();
            int i = 0;
            for (SheetChoices.Criterion criterion : form.criteria()) {
                if (form.excludedBy(criterion.id()).stream().noneMatch(choices::containsKey)) {
                    List<Long> options = List.copyOf(criterion.options().keySet());
                    choices.put(criterion.id(), options.get(i++ % options.size()));
                }
            }
            ScoringSheetDocument document = PrintedSheet.document(sheet.criteriaSet(), "Bộ tiêu chí", "Bộ sản phẩm",
                    sheet.parts(), check.tree(), choices);
            SheetChoices.Totals totals = form.totals(choices);
            for (ScoringSheetDocument.Part part : document.parts()) {
                assertEquals(PrintedSheet.points(totals.part(part.code())), part.scored(), sheet.label() + " part " + part.code());
            }
            assertEquals(choices.size(), document.rows().stream().filter(ScoringSheetDocument.Row::ticked).count(), sheet.label());
            for (SheetNode part : check.tree().parts()) {
                ScoringSheetDocument.Row row = document.rows().stream().filter(r -> r.text().equals(part.label())).findFirst()
                        .orElseThrow();
                assertEquals(PrintedSheet.points(totals.part(part.code())), row.scored(), sheet.label() + " " + part.code());
            }
            if (sheet.id() == 7) {
                byte[] pdf = documents.pdf(new MemberSheetDocument("Đợt kiểm thử", PrintedResults.level(EvaluationLevel.DISTRICT),
                        2024, "12/QĐ-UBND", LocalDate.of(2024, 9, 20), "Nguyễn Văn Hùng", null, PrintedResults.role(MemberRole.CHAIR),
                        "Miến dong", "Hợp tác xã Tân Hội", "Xã Tân Hội", LocalDateTime.of(2024, 10, 3, 9, 5),
                        PrintedSheet.points(totals.total()), document));
                java.nio.file.Files.write(java.nio.file.Path.of("target", "member-sheet-7.pdf"), pdf);
                try (PDDocument read = Loader.loadPDF(pdf)) {
                    String text = new PDFTextStripper().getText(read).replaceAll("[\\s\\u00a0]+", " ");
                    assertTrue(text.contains("TỔNG ĐIỂM: " + PrintedSheet.points(totals.total()) + " / 100 điểm"), text);
                    assertTrue(text.contains("Thành viên đánh giá: Nguyễn Văn Hùng (Chủ tịch Hội đồng)"), text);
                }
            }
        }
        assertEquals(24, usable.size());
    }

    @Test
    void wordsAndNumbersAsTheMinutesPrintThem() {
        assertEquals("72,50", PrintedResults.mean(new BigDecimal("72.5")));
        assertEquals("", PrintedResults.mean(null));
        assertEquals("2,5", PrintedSheet.points(new BigDecimal("2.50")));
        assertEquals("10", PrintedSheet.points(new BigDecimal("10.00")));
        assertEquals("0", PrintedSheet.points(new BigDecimal("0.00")));
        assertEquals("Công nhận 3 sao", PrintedResults.conclusion(Conclusion.RECOGNISE, 3, EvaluationLevel.DISTRICT, null));
        assertEquals("Đề nghị cấp tỉnh/thành phố đánh giá",
                PrintedResults.conclusion(Conclusion.FORWARD, 4, EvaluationLevel.DISTRICT, null));
        assertEquals("Công nhận 4 sao, đề nghị cấp trung ương đánh giá",
                PrintedResults.conclusion(Conclusion.RECOGNISE_AND_FORWARD, 4, EvaluationLevel.DISTRICT, EvaluationLevel.CENTRAL));
        assertEquals("Trả hồ sơ để hoàn thiện",
                PrintedResults.conclusion(Conclusion.RETURN_FOR_COMPLETION, 3, EvaluationLevel.DISTRICT, null));
        assertEquals("Không công nhận", PrintedResults.conclusion(Conclusion.NOT_RECOGNISED, 2, EvaluationLevel.DISTRICT, null));
        assertEquals("Chưa có phiếu chấm", PrintedResults.conclusion(null, null, EvaluationLevel.DISTRICT, null));
        assertEquals("20/09/2024", PrintedResults.date(LocalDate.of(2024, 9, 20)));
        assertEquals("Thư ký Hội đồng", PrintedResults.role(MemberRole.SECRETARY));
        assertEquals("4★: Phần A › 2. PHÁT TRIỂN SẢN PHẨM › a) Nguồn gốc (≥ 2; 1,67); 3★: Phần C › 10. X (≥ 1; 0,50)",
                PrintedResults.gates("4★: Phần A › 2. PHÁT TRIỂN SẢN PHẨM › a) Nguồn gốc (≥ 2; 1.67); 3★: Phần C › 10. X (≥ 1; 0.50)"));
        assertNull(PrintedResults.gates(" "));
    }
}
