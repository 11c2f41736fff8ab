package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders a council member's sheet, submitted and still to fill in on paper, and reads the PDFs back. */
class MemberSheetPdfTest {

    private static final Documents DOCUMENTS = new Documents();
    private static final String DOTS = "\u2026".repeat(8);

    private static PDDocument submitted;
    private static PDDocument paper;

    @BeforeAll
    static void render() {
        submitted = Pdfs.load(DOCUMENTS.pdf(PrintSamples.memberSheet(true)), "member-sheet-submitted.pdf");
        paper = Pdfs.load(DOCUMENTS.pdf(PrintSamples.memberSheet(false)), "member-sheet-paper.pdf");
    }

    @AfterAll
    static void close() throws IOException {
        submitted.close();
        paper.close();
    }

    @Test
    void everyPageIsA4PortraitWithEmbeddedFonts() throws IOException {
        for (PDDocument document : List.of(submitted, paper)) {
            Pdfs.assertA4Portrait(document);
            List<String> fonts = Pdfs.embeddedFonts(document);
            assertTrue(fonts.stream().anyMatch(name -> name.contains("LiberationSerif")), () -> "fonts: " + fonts);
            assertTrue(fonts.stream().anyMatch(name -> name.contains("DejaVuSans")), () -> "fonts: " + fonts);
        }
    }

    @Test
    void fillsTheHeaderFromTheRoundTheCouncilTheMemberAndTheProduct() throws IOException {
        for (PDDocument document : List.of(submitted, paper)) {
            String text = Pdfs.text(document);
            Pdfs.assertContainsAll(text,
                "PHIẾU ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP", "Bộ sản phẩm số 7 (I.3.c): Chế biến từ rau, củ, quả, hạt",
                "Đợt đánh giá: Đánh giá, phân hạng sản phẩm OCOP huyện Đan Phượng năm 2024 (đợt 1) (cấp huyện, năm 2024)",
                "Hội đồng thành lập theo Quyết định số 2519/QĐ-UBND ngày 20/09/2024",
                "Thành viên đánh giá: Trần Thị Bích Ngọc (Phó Trưởng phòng Kinh tế huyện, Ủy viên)",
                "Tên sản phẩm: Miến dong Tân Hội", "Tên chủ thể: Hợp tác xã Nông nghiệp và Dịch vụ Tân Hội",
                "Địa chỉ: Xã Tân Hội", "NGƯỜI ĐÁNH GIÁ", "(Ký, ghi rõ họ tên)");
            assertTrue(Pdfs.lines(document, document.getNumberOfPages()).contains("Trần Thị Bích Ngọc"),
                    "the member's name under the signature");
            assertFalse(text.contains("null"), "a null printed as text");
            assertFalse(text.contains("&amp;") || text.contains("<style"), "markup printed as text");
        }
    }

    @Test
    void aSubmittedSheetTicksTheChosenOptionsAndPrintsThePoints() throws IOException {
        String text = Pdfs.text(submitted);
        Pdfs.assertContainsAll(text,
            "Ngày đánh giá: 03/10/2024", "Phiếu đã nộp trên hệ thống lúc 09:05 ngày 03/10/2024",
            "\u2612 Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 50% đến dưới 75%",
            "\u2610 Sử dụng nguyên liệu có nguồn gốc trong tỉnh dưới 50%",
            "\u2612 Có năng lực, quy mô sản xuất trung bình", "\u2610 Có năng lực, quy mô sản xuất mức độ nhỏ",
            "Phần A: 6 / 40 điểm", "Phần B: 3 / 25 điểm", "Phần C: 2 / 35 điểm", "TỔNG ĐIỂM: 11 / 100 điểm");
        assertFalse(text.contains("Xếp hạng"), "the class is the council's, not written on a submitted sheet");
        List<String> firstPage = Pdfs.lines(submitted, 1);
        assertTrue(firstPage.stream().anyMatch(line -> line.startsWith("a) Nguồn nguyên liệu") && line.endsWith("5 3")),
                () -> "criterion with its maximum and the member's points: " + firstPage);
        assertTrue(firstPage.stream().anyMatch(line -> line.startsWith("1. TỔ CHỨC SẢN XUẤT") && line.endsWith("18 6")),
                () -> "section with its maximum and the member's sum: " + firstPage);
    }

    @Test
    void aSheetNotSubmittedIsThePreFilledPaperSheet() throws IOException {
        String text = Pdfs.text(paper);
        Pdfs.assertContainsAll(text,
            "Ngày đánh giá: ……/……/…………", "Mỗi tiêu chí chọn một phương án", "Phần A: " + DOTS + " / 40 điểm",
            "TỔNG ĐIỂM: " + DOTS + " / 100 điểm", "Xếp hạng: ………… sao",
            "\u2610 Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 50% đến dưới 75%");
        assertFalse(text.replace("\u2612 vào ô", "").contains("\u2612"), "nothing ticked (the legend's box aside)");
        assertFalse(text.contains("Phiếu đã nộp"));
    }
}
