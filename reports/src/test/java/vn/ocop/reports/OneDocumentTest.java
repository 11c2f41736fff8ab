package vn.ocop.reports;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The test of one rendered sample document: rendered once for all the tests of the class, kept under target/ (to look
 * at it) and read back; every page is A4 portrait.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OneDocumentTest {

    static final Documents DOCUMENTS = new Documents();

    private final String fileName;
    byte[] pdf;
    PDDocument document;

    OneDocumentTest(String fileName) {
        this.fileName = fileName;
    }

    /** The sample's PDF. */
    abstract byte[] render();

    @BeforeAll
    void renderAndRead() {
        pdf = render();
        document = Pdfs.load(pdf, fileName);
    }

    @AfterAll
    void close() throws IOException {
        document.close();
    }

    @Test
    void everyPageIsA4Portrait() {
        Pdfs.assertA4Portrait(document);
    }
}
