package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders the list of Đan Phượng's units and reads the PDF back. */
class UnitListPdfTest {

    private static byte[] pdf;
    private static PDDocument document;

    @BeforeAll
    static void render() throws IOException {
        pdf = new Documents().pdf(UnitListSamples.danPhuong());
        Files.write(Path.of("target", "unit-list-sample.pdf"), pdf);
        document = Loader.loadPDF(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @Test
    void isAPdf() {
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void everyPageIsA4Portrait() {
        for (PDPage page : document.getPages()) {
            PDRectangle size = page.getMediaBox();
            assertEquals(595, size.getWidth(), 1);
            assertEquals(842, size.getHeight(), 1);
        }
    }

    @Test
    void printsTheVietnameseTextExactly() throws IOException {
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        assertAll(Arrays.stream(new String[] {
            "ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Đan Phượng, ngày 05 tháng 02 năm 2024", "DANH SÁCH ĐƠN VỊ HÀNH CHÍNH",
            "(Kèm theo Quyết định số 123/QĐ-UBND ngày 05/02/2024 của UBND huyện Đan Phượng)",
            "STT", "Tên đơn vị", "Trực thuộc", "Ghi chú",
            "Thị trấn Phùng", "Xã Đồng Tháp", "Xã Thượng Mỗ", "Xã Phương Đình", "Cụm Ô Diên", "Thôn Liên Minh",
            "Thôn Ỷ La", "Thôn Lũy Bắc", "Thôn Quán Ổi", "Thôn Kỳ Lừa"})
                .map(expected -> () -> assertTrue(text.contains(expected), () -> "missing: " + expected)));
        assertFalse(text.contains("null"), "a null cell printed as text");
    }

    @Test
    void embedsEveryFontAndUsesLiberationSerif() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), () -> "not embedded: " + font.getName());
                fonts.add(font.getName());
            }
        }
        assertTrue(fonts.stream().anyMatch(name -> name.contains("LiberationSerif")), () -> "fonts: " + fonts);
    }

    @Test
    void numbersPagesFromTheSecondInTheTopMargin() throws IOException {
        assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
        List<String> first = lines(1);
        assertTrue(first.get(0).startsWith("ỦY BAN NHÂN DÂN"), () -> "page 1 starts with: " + first.get(0));
        assertFalse(first.contains("1"), "page 1 shows a page number");
        for (int page = 2; page <= document.getNumberOfPages(); page++) {
            List<String> lines = lines(page);
            assertEquals(String.valueOf(page), lines.get(0), "first line of page " + page);
            assertTrue(lines.get(1).startsWith("STT"), () -> "table header not repeated: " + lines.get(1));
        }
    }

    private static List<String> lines(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
