package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/** Reading rendered documents back in tests. */
final class Pdfs {

    private Pdfs() {
    }

    /** Keeps the PDF under target/ (to look at it) and loads it. */
    static PDDocument load(byte[] pdf, String fileName) {
        try {
            Files.write(Path.of("target", fileName), pdf);
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of all pages, every run of white space (no-break spaces too) as one space. */
    static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " ");
    }

    /** The non-empty lines of one page (1-based), top to bottom, stripped. */
    static List<String> lines(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The names of the fonts of every page; fails if one of them is not embedded. */
    static List<String> embeddedFonts(PDDocument document) throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), () -> "not embedded: " + font.getName());
                fonts.add(font.getName());
            }
        }
        return fonts;
    }

    /** Each expected string is in the text; every missing one is reported, not only the first. */
    static void assertContainsAll(String text, String... expected) {
        assertAll(Arrays.stream(expected).map(each -> () -> assertTrue(text.contains(each), () -> "missing: " + each)));
    }

    /** Every font embedded (see {@link #embeddedFonts}), the document's face among them. */
    static void assertEmbedsLiberationSerif(PDDocument document) throws IOException {
        List<String> fonts = embeddedFonts(document);
        assertTrue(fonts.stream().anyMatch(name -> name.contains("LiberationSerif")), () -> "fonts: " + fonts);
    }

    /** Two pages or more; from the second, each page's first line is its number and the next the table's header. */
    static void assertNumberedFromTheSecondPage(PDDocument document, String header) throws IOException {
        assertNumberedFromTheSecondPage(document, null, header);
    }

    /** The same, and the first page starts with {@code firstLine} (when given) and shows no number. */
    static void assertNumberedFromTheSecondPage(PDDocument document, String firstLine, String header) throws IOException {
        assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
        if (firstLine != null) {
            List<String> first = lines(document, 1);
            assertTrue(first.get(0).startsWith(firstLine), () -> "page 1 starts with: " + first.get(0));
            assertFalse(first.contains("1"), "page 1 shows a page number");
        }
        for (int page = 2; page <= document.getNumberOfPages(); page++) {
            List<String> lines = lines(document, page);
            assertEquals(String.valueOf(page), lines.get(0), "first line of page " + page);
            assertTrue(lines.get(1).startsWith(header), () -> "table header not repeated: " + lines.get(1));
        }
    }

    static void assertA4Portrait(PDDocument document) {
        for (PDPage page : document.getPages()) {
            PDRectangle size = page.getMediaBox();
            assertEquals(595, size.getWidth(), 1);
            assertEquals(842, size.getHeight(), 1);
        }
    }
}
