package vn.ocop.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.sf.jasperreports.engine.JasperPrint;

/**
 * Renders official documents to PDF.
 *
 * <p>Each kind of document has a record (what the document says), a layout class that turns the record into the
 * parameters and rows of its template, and a template {@code vn/ocop/reports/<name>.jrxml}. The {@link Renderer}
 * compiles each template once and keeps it for the life of this object. Thread-safe: create one per application and
 * share it.
 */
public final class Documents {

    /** Parts of a batch of certificates per core, so that a core done early takes another part. */
    private static final int PARTS_PER_WORKER = 4;
    /** Certificates per part at least: each part's PDF carries its own fonts into the batch. */
    private static final int PART_AT_LEAST = 25;

    private final Renderer renderer = new Renderer();

    /** The list of administrative units, A4 portrait, with the header of the issuing body. */
    public byte[] pdf(UnitListDocument document) {
        return renderer.pdf(UnitListLayout.of(document));
    }

    /** The producer's form registering a product for OCOP evaluation, A4 portrait, signed by its representative. */
    public byte[] pdf(ProductRegistrationDocument document) {
        return renderer.pdf(ProductRegistrationLayout.of(document));
    }

    /** The checklist of a product's dossier, A4 portrait, with the header of the issuing body. */
    public byte[] pdf(DossierChecklistDocument document) {
        return renderer.pdf(DossierChecklistLayout.of(document));
    }

    /** The commune's pre-screen of a product's dossier, A4 portrait. */
    public byte[] pdf(PrescreenDocument document) {
        return renderer.pdf(PrescreenLayout.of(document));
    }

    /** A blank scoring sheet of one product set, A4 portrait. */
    public byte[] pdf(ScoringSheetDocument document) {
        return renderer.pdf(ScoringSheetLayout.of(document));
    }

    /** A council member's scoring sheet for a product of a round, A4 portrait. */
    public byte[] pdf(MemberSheetDocument document) {
        return renderer.pdf(ScoringSheetLayout.of(document));
    }

    /** The minutes of a council session, A4 portrait. */
    public byte[] pdf(MinutesDocument document) {
        return renderer.pdf(MinutesLayout.of(document));
    }

    /** A certificate of completion of a training course, A4 landscape. */
    public byte[] pdf(TrainingCertificateDocument document) {
        return renderer.pdf(TrainingLayouts.of(document));
    }

    /** The attendance sheet of one training session, A4 portrait. */
    public byte[] pdf(AttendanceSheetDocument document) {
        return renderer.pdf(TrainingLayouts.of(document));
    }

    /** The coverage of a year's training against the plan's targets, A4 portrait. */
    public byte[] pdf(TrainingCoverageDocument document) {
        return renderer.pdf(TrainingLayouts.of(document));
    }

    /** The statistics report of a year or a period, A4 portrait. */
    public byte[] pdf(StatisticsDocument document) {
        return renderer.pdf(StatisticsLayout.of(document));
    }

    /** A decision (or a notice) of the People's Committee, A4 portrait, with its annex on a page of its own. */
    public byte[] pdf(DecisionDocument document) {
        return renderer.pdf(DecisionLayout.of(document));
    }

    /** One certificate, A4 landscape. */
    public byte[] pdf(CertificateDocument certificate) {
        return certificates(List.of(certificate)).batch();
    }

    /**
     * Certificates rendered once, to a PDF each (kept with the certificate) and to one PDF of all of them, one page
     * each, to print them in one go. The certificates are shared out in parts among the machine's cores; each part is
     * filled and exported as one PDF, which is then split into the certificates' own PDFs, and the parts are joined
     * into the batch: every page is laid out once, and looks the same in its certificate's PDF and in the batch.
     */
    public RenderedCertificates certificates(List<CertificateDocument> certificates) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no certificate to render");
        }
        int n = certificates.size();
        if (n == 1) {
            byte[] one = renderer.pdf(CertificateLayout.of(certificates.get(0)));
            return new RenderedCertificates(List.of(one), one);
        }
        try (Workers workers = Workers.forTasks(n)) {
            int parts = Math.max(1, Math.min(n / PART_AT_LEAST, PARTS_PER_WORKER * workers.size()));
            byte[][] exported = new byte[parts][];
            List<List<byte[]>> each = new ArrayList<>(java.util.Collections.nCopies(parts, null));
            workers.forEach(parts, part -> {
                List<CertificateDocument> mine = certificates.subList(part * n / parts, (part + 1) * n / parts);
                exported[part] = renderer.export(filled(mine));
                each.set(part, PdfPages.split(exported[part]));
            });
            return new RenderedCertificates(each.stream().flatMap(List::stream).toList(),
                    parts == 1 ? exported[0] : PdfPages.join(Arrays.asList(exported)));
        }
    }

    /**
     * The certificates filled as one report, a page each; should one of them take more than its page (a text
     * stretched beyond its box), each is filled alone, so that each starts on a page of its own as when printed alone.
     */
    private List<JasperPrint> filled(List<CertificateDocument> certificates) {
        JasperPrint all = renderer.fill(CertificateLayout.of(certificates));
        if (all.getPages().size() == certificates.size()) {
            return List.of(all);
        }
        List<JasperPrint> prints = new ArrayList<>();
        for (CertificateDocument certificate : certificates) {
            prints.add(renderer.fill(CertificateLayout.of(certificate)));
        }
        return prints;
    }

    /** The date as written in official documents: "ngày 05 tháng 02 năm 2024" (Decree 30/2020, Annex I). */
    public static String longDate(LocalDate date) {
        return Styled.longDate(date);
    }

    /** How many templates this instance has compiled so far. */
    int compilations() {
        return renderer.compilations();
    }
}
