package vn.ocop.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;

/**
 * Exported PDFs split into their pages and put together again, page content and embedded fonts copied as they are
 * (nothing is laid out or rendered again): a page looks exactly as it did in the PDF it came from.
 */
final class PdfPages {

    private static final String CREATOR = "Creator";

    private PdfPages() {
    }

    /** Each page of the PDF as a PDF of its own, in order. */
    static List<byte[]> split(byte[] pdf) {
        PdfReader reader = read(pdf);
        try {
            List<byte[]> pages = new ArrayList<>(reader.getNumberOfPages());
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(copy(List.of(reader), page, reader.getInfo()));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    /** The PDFs' pages, in order, as one PDF. */
    static byte[] join(List<byte[]> pdfs) {
        List<PdfReader> readers = pdfs.stream().map(PdfPages::read).toList();
        try {
            return copy(readers, 0, readers.get(0).getInfo());
        } finally {
            readers.forEach(PdfReader::close);
        }
    }

    /** One page of the only reader ({@code page} ≥ 1), or every page of every reader ({@code page} 0). */
    private static byte[] copy(List<PdfReader> readers, int page, Map<String, String> info) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            if (info.get(CREATOR) != null) {
                document.addCreator(info.get(CREATOR));
            }
            document.open();
            for (PdfReader reader : readers) {
                for (int p = page == 0 ? 1 : page; p <= (page == 0 ? reader.getNumberOfPages() : page); p++) {
                    copy.addPage(copy.getImportedPage(reader, p));
                }
                copy.freeReader(reader);
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfReader read(byte[] pdf) {
        try {
            return new PdfReader(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
