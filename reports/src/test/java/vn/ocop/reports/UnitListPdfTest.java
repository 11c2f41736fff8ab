package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders the list of Đan Phượng's units and reads the PDF back. */
class UnitListPdfTest extends OneDocumentTest {

    UnitListPdfTest() {
        super("unit-list-sample.pdf");
    }

    @Override
    byte[] render() {
        return DOCUMENTS.pdf(UnitListSamples.danPhuong());
    }

    @Test
    void isAPdf() {
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void printsTheVietnameseTextExactly() throws IOException {
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        Pdfs.assertContainsAll(text,
            "ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Đan Phượng, ngày 05 tháng 02 năm 2024", "DANH SÁCH ĐƠN VỊ HÀNH CHÍNH",
            "(Kèm theo Quyết định số 123/QĐ-UBND ngày 05/02/2024 của UBND huyện Đan Phượng)",
            "STT", "Tên đơn vị", "Trực thuộc", "Ghi chú",
            "Thị trấn Phùng", "Xã Đồng Tháp", "Xã Thượng Mỗ", "Xã Phương Đình", "Cụm Ô Diên", "Thôn Liên Minh",
            "Thôn Ỷ La", "Thôn Lũy Bắc", "Thôn Quán Ổi", "Thôn Kỳ Lừa");
        assertFalse(text.contains("null"), "a null cell printed as text");
    }

    @Test
    void embedsEveryFontAndUsesLiberationSerif() throws IOException {
        Pdfs.assertEmbedsLiberationSerif(document);
    }

    @Test
    void numbersPagesFromTheSecondInTheTopMargin() throws IOException {
        Pdfs.assertNumberedFromTheSecondPage(document, "ỦY BAN NHÂN DÂN", "STT");
    }
}
