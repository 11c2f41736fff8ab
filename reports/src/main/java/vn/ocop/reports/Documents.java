package vn.ocop.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Future;

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

    /** Compiles the templates of decisions and certificates now, so that issuing spends no time on it. */
    public void prepareCertification() {
        renderer.prepare("decision", "certificate");
    }

    /**
     * Certificates filled once and exported twice: each to a PDF of its own (kept with the certificate) and all
     * of them to one PDF, one page each, to print them in one go. The work is shared by the machine's cores: the
     * certificates are filled on all of them, then the batch is exported on one while the others export each
     * certificate.
     */
    public RenderedCertificates certificates(List<CertificateDocument> certificates) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no certificate to render");
        }
        int n = certificates.size();
        JasperPrint[] prints = new JasperPrint[n];
        byte[][] each = new byte[n][];
        try (Workers workers = Workers.forTasks(n)) {
            workers.forEach(n, i -> prints[i] = renderer.fill(CertificateLayout.of(certificates.get(i))));
            Future<byte[]> batch = n == 1 ? null : workers.submit(() -> renderer.export(Arrays.asList(prints)));
            workers.forEach(n, i -> each[i] = renderer.export(List.of(prints[i])));
            return new RenderedCertificates(Arrays.asList(each), batch == null ? each[0] : Workers.get(batch));
        }
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
