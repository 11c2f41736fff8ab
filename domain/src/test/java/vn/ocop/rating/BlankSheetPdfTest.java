package vn.ocop.rating;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.PrintedSheet;
import vn.ocop.rating.control.SheetCheck;
import vn.ocop.rating.control.SheetNode;
import vn.ocop.reports.Documents;
import vn.ocop.reports.ScoringSheetDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every usable sheet of the catalogue prints as a blank form that carries every line of the corrected sheet. */
class BlankSheetPdfTest {

    private static final Documents DOCUMENTS = new Documents();

    @Test
    void everyUsableSheetPrintsEveryLine() throws Exception {
        List<CatalogueDatabase.Checked> usable = CatalogueDatabase.usable(CatalogueDatabase.sheets(CatalogueDatabase.h2()));
        for (CatalogueDatabase.Checked checked : usable) {
            CatalogueDatabase.Sheet sheet = checked.sheet();
            SheetCheck check = checked.check();
            ScoringSheetDocument document = PrintedSheet.document(sheet.criteriaSet(), "Bộ tiêu chí " + sheet.criteriaSet(),
                    PrintedSheet.productSet(sheet.productSet(), "x", "tên"), sheet.parts(), check.tree());
            assertEquals(sheet.rows().size(), document.rows().size(), sheet.label());
            byte[] pdf = DOCUMENTS.pdf(document);
            if (sheet.id() == 7 || sheet.id() == 101) {
                Files.write(Path.of("target", "blank-sheet-" + sheet.id() + ".pdf"), pdf);
            }
            try (PDDocument read = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(read).replaceAll("[\\s\\u00a0]+", " ");
                for (SheetNode node : check.tree().inPrintOrder()) {
                    String first = node.label().lines().findFirst().orElse("").replaceAll("[\\s\\u00a0]+", " ").strip();
                    assertTrue(text.contains(first), () -> sheet.label() + " misses: " + first);
                }
                assertTrue(text.contains("/ " + sheet.parts().a() + " điểm"), sheet.label());
            }
        }
        assertEquals(24, usable.size(), "23 sheets of 148/QĐ-TTg and the one of 1048/QĐ-TTg");
    }

    @Test
    void namesTheProductSetAsTheFormDoes() {
        assertEquals("Bộ sản phẩm số 7 (I.3.c): Chế biến từ rau, củ, quả, hạt",
                PrintedSheet.productSet(7, "I.3.c", "Chế biến từ rau, củ, quả, hạt"));
    }
}
