package vn.ocop.it.support;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** What a printed document holds, read with PDFBox on the client side (never deployed). */
public record Pdf(String text, int pages, float width, float height, List<String> fonts, boolean allFontsEmbedded) {

    public static Pdf read(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    embedded &= font.isEmbedded();
                }
            }
            PDPage first = pdf.getPage(0);
            return new Pdf(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "), pdf.getNumberOfPages(),
                    first.getMediaBox().getWidth(), first.getMediaBox().getHeight(), fonts, embedded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
