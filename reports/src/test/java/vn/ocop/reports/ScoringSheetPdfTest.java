package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Renders a blank scoring sheet (three pages) and reads the PDF back. */
class ScoringSheetPdfTest extends OneDocumentTest {

    ScoringSheetPdfTest() {
        super("scoring-sheet-sample.pdf");
    }

    @Override
    byte[] render() {
        return DOCUMENTS.pdf(ScoringSheetSamples.sheet());
    }

    @Test
    void printsTheVietnameseTextExactly() throws IOException {
        String text = Pdfs.text(document);
        Pdfs.assertContainsAll(text,
            "PHIẾU ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP", "Bộ sản phẩm số 7 (I.3.c): Chế biến từ rau, củ, quả, hạt",
            "Quyết định số 148/QĐ-TTg ngày 24/02/2023", "Tên sản phẩm:", "Họ và tên người đánh giá:",
            "Tiêu chí đánh giá", "Điểm", "Hạng sao", "Điểm chấm",
            "SẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG (40 Điểm)", "1. TỔ CHỨC SẢN XUẤT", "a) Nguồn nguyên liệu",
            "Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 50% đến dưới 75%",
            "(Khả năng sản xuất đáp ứng nhu cầu về số lượng/quy mô",
            "Chỉ áp dụng khi có câu chuyện, đánh giá nội dung câu chuyện:",
            "thị trường đích & <đích>",
            "Phần A: ", "/ 40 điểm", "Phần C: ", "/ 35 điểm", "TỔNG ĐIỂM:", "/ 100 điểm", "NGƯỜI ĐÁNH GIÁ",
            "(Ký, ghi rõ họ tên)");
        assertFalse(text.contains("null"), "a null printed as text");
        assertFalse(text.contains("&amp;") || text.contains("<style"), "markup printed as text");
    }

    @Test
    void printsTheBoxesAndTheStarMarks() throws IOException {
        String text = Pdfs.text(document);
        assertTrue(text.contains("\u2610 Sử dụng nguyên liệu có nguồn gốc trong tỉnh dưới 50%"), text);
        assertTrue(text.contains("\u2605\u2605\u2605\u2605\u2605"), "5-star mark");
        assertTrue(text.contains("\u2605\u2605\u2605\u2605 "), "4-star mark");
        List<String> fonts = Pdfs.embeddedFonts(document);
        assertTrue(fonts.stream().anyMatch(name -> name.contains("LiberationSerif")), () -> "fonts: " + fonts);
        assertTrue(fonts.stream().anyMatch(name -> name.contains("DejaVuSans")), () -> "fonts: " + fonts);
    }

    @Test
    void numbersPagesFromTheSecondAndRepeatsTheTableHeader() throws IOException {
        Pdfs.assertNumberedFromTheSecondPage(document, "Tiêu chí đánh giá");
    }
}
