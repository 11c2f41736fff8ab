package vn.ocop.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRStringUtil;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.jdt.JRJdtCompiler;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Renders official documents to PDF.
 *
 * <p>Each kind of document has a record, a template {@code vn/ocop/reports/<name>.jrxml} and one method here.
 * A template is compiled on first use (with the Eclipse JDT compiler, which needs no JDK and no class path
 * on disk, so it works inside an application server) and then kept for the life of this object. Thread-safe:
 * create one per application and share it.
 */
public final class Documents {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    /** What a blank value of a form prints as, to be filled in by hand. */
    private static final String DOTS = "\u2026".repeat(8);
    /** Liberation Serif has no ballot boxes; DejaVu Sans (from jasperreports-fonts, embedded too) has them. */
    private static final String BOX_FONT = "<style fontName=\"DejaVu Sans\">";

    private final SimpleJasperReportsContext context = new SimpleJasperReportsContext();
    private final ConcurrentMap<String, JasperReport> templates = new ConcurrentHashMap<>();
    private final AtomicInteger compilations = new AtomicInteger();

    public Documents() {
        context.setProperty("net.sf.jasperreports.compiler.java", JRJdtCompiler.class.getName());
    }

    /** The list of administrative units, A4 portrait, with the header of the issuing body. */
    public byte[] pdf(UnitListDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", document.issuingBodyLine1());
        parameters.put("issuingBodyLine2", document.issuingBodyLine2());
        parameters.put("placeAndDate", placeAndDate(document.place(), document.date()));
        parameters.put("title", document.title());
        parameters.put("subtitle", document.subtitle());
        return render("unit-list", parameters, new JRBeanCollectionDataSource(document.rows()));
    }

    /** The producer's form registering a product for OCOP evaluation, A4 portrait, signed by its representative. */
    public byte[] pdf(ProductRegistrationDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("producerHeading", text(document.producerName()).toUpperCase(VIETNAMESE));
        parameters.put("placeAndDate", placeAndDate(document.place(), document.date()));
        parameters.put("addressee", document.addressee());
        parameters.put("producerName", orDots(text(document.producerName())));
        parameters.put("producerType", orDots(text(document.producerType())));
        parameters.put("taxCode", orDots(text(document.taxCode())));
        parameters.put("address", orDots(joined(", ", document.address(), document.commune())));
        parameters.put("representativeName", orDots(text(document.representativeName())));
        parameters.put("representativeTitle", orDots(text(document.representativeTitle())));
        parameters.put("phone", orDots(text(document.phone())));
        parameters.put("email", orDots(text(document.email())));
        parameters.put("productName", orDots(text(document.productName())));
        parameters.put("productSet", orDots(joined(" - ", document.productSetCode(), document.productSetName())));
        parameters.put("criteriaSet", orDots(text(document.criteriaSet())));
        parameters.put("registrationTypes", ballot(document.registrationTypes()));
        parameters.put("samples", document.samples());
        return render("product-registration", parameters, new JRBeanCollectionDataSource(document.attachments()));
    }

    /** The checklist of a product's dossier, A4 portrait, with the header of the issuing body. */
    public byte[] pdf(DossierChecklistDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", document.issuingBodyLine1());
        parameters.put("issuingBodyLine2", document.issuingBodyLine2());
        parameters.put("placeAndDate", placeAndDate(document.place(), document.date()));
        parameters.put("productName", text(document.productName()));
        parameters.put("producerName", text(document.producerName()));
        parameters.put("commune", text(document.commune()));
        parameters.put("productSet", joined(" - ", document.productSetCode(), document.productSetName()));
        parameters.put("completenessPercent", document.completenessPercent());
        parameters.put("mandatoryPresent", document.mandatoryPresent());
        parameters.put("mandatoryTotal", document.mandatoryTotal());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (DossierChecklistDocument.Row row : document.rows()) {
            rows.add(Map.of("no", row.no(), "item", text(row.item()), "requirement", text(row.requirement()),
                    "status", text(row.status()), "documents", evidence(row.documents())));
        }
        return render("dossier-checklist", parameters, new JRMapCollectionDataSource(rows));
    }

    /**
     * A blank scoring sheet of one product set, A4 portrait: options with a box to tick, points and star marks,
     * a column for the member's score, the part totals and the signature.
     */
    public byte[] pdf(ScoringSheetDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("criteriaSet", text(document.criteriaSet()));
        parameters.put("criteriaSetName", text(document.criteriaSetName()));
        parameters.put("productSet", text(document.productSet()));
        parameters.put("partTotals", document.parts().stream()
                .map(part -> "Phần " + part.code() + ": " + DOTS + " / " + part.maximum() + " điểm")
                .collect(Collectors.joining("\n")));
        parameters.put("total", DOTS + " / " + document.parts().stream().mapToInt(ScoringSheetDocument.Part::maximum).sum()
                + " điểm");
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ScoringSheetDocument.Row row : document.rows()) {
            rows.add(Map.of("level", row.level(), "text", sheetText(row), "points", text(row.points()),
                    "stars", "\u2605".repeat(Math.max(0, row.stars()))));
        }
        return render("scoring-sheet", parameters, new JRMapCollectionDataSource(rows));
    }

    /** The line as styled text, the note in italics below (the template draws the box of an option). */
    private static String sheetText(ScoringSheetDocument.Row row) {
        String text = JRStringUtil.xmlEncode(text(row.text()).strip());
        String note = text(row.note()).strip();
        return note.isEmpty() ? text : text + "\n<style isItalic=\"true\" size=\"10\">" + JRStringUtil.xmlEncode(note) + "</style>";
    }

    /**
     * The date as written in official documents: "ngày 05 tháng 02 năm 2024", "ngày 15 tháng 3 năm 2024".
     * Days below 10 and the months January and February take a leading zero (Decree 30/2020, Annex I).
     */
    public static String longDate(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? "0" + month : Integer.toString(month);
        return String.format(Locale.ROOT, "ngày %02d tháng %s năm %d", date.getDayOfMonth(), monthText, date.getYear());
    }

    /** A date in a table cell: "05/02/2024". */
    static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    private static String placeAndDate(String place, LocalDate date) {
        return joined(", ", place, longDate(date));
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    /** A blank value of a form as a dotted line, to be filled in by hand. */
    private static String orDots(String text) {
        return text.isBlank() ? DOTS : text;
    }

    /** The parts that are not blank, joined by the separator. */
    private static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(separator));
    }

    /** One line per choice, "☒ label" or "☐ label", as styled text (the box in DejaVu Sans). */
    private static String ballot(List<ProductRegistrationDocument.Choice> choices) {
        return choices.stream()
                .map(choice -> BOX_FONT + (choice.chosen() ? "\u2612" : "\u2610") + "</style>\u00a0"
                        + JRStringUtil.xmlEncode(text(choice.label())))
                .collect(Collectors.joining("\n"));
    }

    /** One line per file: "- file name (issuer, dd/MM/yyyy)". */
    private static String evidence(List<DossierChecklistDocument.Evidence> documents) {
        return documents.stream().map(document -> {
            String details = joined(", ", document.issuer(), shortDate(document.issuedOn()));
            return "- " + text(document.fileName()) + (details.isEmpty() ? "" : " (" + details + ")");
        }).collect(Collectors.joining("\n"));
    }

    // ---- certification: decisions, notices, certificates ----

    /**
     * A decision (or a notice) of the People's Committee, A4 portrait, Decree 30/2020 layout, with its annex
     * on a page of its own. A draft prints "DỰ THẢO", a number without its sequence and a date to fill in.
     */
    public byte[] pdf(DecisionDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", document.issuingBodyLine1());
        parameters.put("issuingBodyLine2", document.issuingBodyLine2());
        parameters.put("numberLine", document.numberLine());
        parameters.put("placeAndDate", document.date() == null
                ? joined(", ", document.place(), "ngày \u2026 tháng \u2026 năm \u2026")
                : placeAndDate(document.place(), document.date()));
        parameters.put("draft", document.draft());
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(paragraph("TYPE", document.type()));
        if (!document.summary().isEmpty()) {
            rows.add(paragraph("SUMMARY", String.join("\n", document.summary())));
        }
        if (document.authority() != null && !document.authority().isBlank()) {
            rows.add(paragraph("AUTHORITY", document.authority()));
        }
        document.bases().forEach(basis -> rows.add(paragraph("BASIS", basis)));
        if (document.authority() != null && !document.authority().isBlank()) {
            rows.add(paragraph("DECIDES", document.type() + ":"));
        }
        for (DecisionDocument.Article article : document.articles()) {
            String body = JRStringUtil.xmlEncode(text(article.text()));
            rows.add(paragraph("ARTICLE", article.heading() == null ? body
                    : "<style isBold=\"true\">" + JRStringUtil.xmlEncode(article.heading()) + "</style> " + body));
        }
        Map<String, Object> signature = new HashMap<>(paragraph("SIGNATURE", null));
        signature.put("recipients", recipients(document.recipients()));
        signature.put("signature", String.join("\n", document.signature()));
        signature.put("signer", document.signer());
        rows.add(signature);
        DecisionDocument.Annex annex = document.annex();
        if (annex != null) {
            parameters.put("annexTitle", annex.title());
            parameters.put("annexSubtitle", annex.subtitle());
            for (DecisionDocument.Group group : annex.groups()) {
                if (group.heading() != null) {
                    rows.add(annexRow("GROUP", group.heading()));
                }
                for (DecisionDocument.Row row : group.rows()) {
                    Map<String, Object> cells = annexRow("ROW", null);
                    cells.put("no", Integer.toString(row.no()));
                    cells.put("product", text(row.product()));
                    cells.put("producer", text(row.producer()));
                    cells.put("address", text(row.address()));
                    cells.put("productSet", text(row.productSet()));
                    cells.put("score", text(row.score()));
                    cells.put("stars", text(row.stars()));
                    cells.put("note", text(row.note()));
                    rows.add(cells);
                }
            }
        }
        return render("decision", parameters, new JRMapCollectionDataSource(rows));
    }

    /** Compiles the templates of decisions and certificates now, so that issuing spends no time on it. */
    public void prepareCertification() {
        compiled("decision");
        compiled("certificate");
    }

    /** One certificate, A4 landscape. */
    public byte[] pdf(CertificateDocument certificate) {
        return certificates(List.of(certificate)).batch();
    }

    /**
     * Certificates filled once and exported twice: each to a PDF of its own (kept with the certificate) and all
     * of them to one PDF, one page each, to print them in one go.
     */
    public RenderedCertificates certificates(List<CertificateDocument> certificates) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no certificate to render");
        }
        List<JasperPrint> prints = new ArrayList<>();
        for (CertificateDocument certificate : certificates) {
            prints.add(fill("certificate", Map.of(), new JRMapCollectionDataSource(List.of(certificateFields(certificate)))));
        }
        List<byte[]> each = new ArrayList<>();
        for (JasperPrint print : prints) {
            each.add(export(List.of(print)));
        }
        return new RenderedCertificates(each, prints.size() == 1 ? each.get(0) : export(prints));
    }

    private static Map<String, ?> certificateFields(CertificateDocument c) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("issuingBody", text(c.issuingBody()));
        fields.put("programme", "Chương trình Mỗi xã một sản phẩm (OCOP) năm " + c.programmeYear());
        fields.put("productName", text(c.productName()));
        fields.put("producerName", "Chủ thể: <style isBold=\"true\">" + JRStringUtil.xmlEncode(text(c.producerName())) + "</style>");
        fields.put("producerAddress", text(c.producerAddress()).isBlank() ? null : "Địa chỉ: " + c.producerAddress());
        fields.put("stars", "\u2605".repeat(c.stars()));
        fields.put("starsText", "Sản phẩm OCOP " + c.stars() + " sao");
        fields.put("number", c.number());
        fields.put("decision", "Quyết định số " + text(c.decisionNumber()) + ", " + longDate(c.decisionDate()));
        fields.put("validity", "Có giá trị đến hết ngày " + shortDate(c.validUntil()));
        fields.put("placeAndDate", placeAndDate(c.place(), c.decisionDate()));
        fields.put("signature", String.join("\n", c.signature()));
        fields.put("signer", c.signer());
        fields.put("verificationUrl", c.verificationUrl());
        fields.put("qr", QrCode.of(c.verificationUrl()));
        return fields;
    }

    private static Map<String, Object> paragraph(String kind, String text) {
        Map<String, Object> row = new HashMap<>();
        row.put("part", 0);
        row.put("kind", kind);
        row.put("text", text);
        return row;
    }

    private static Map<String, Object> annexRow(String kind, String text) {
        Map<String, Object> row = paragraph(kind, text);
        row.put("part", 1);
        return row;
    }

    /** "Nơi nhận:" in bold italic (12 pt), then one "- entry" a line (11 pt), as styled text. */
    private static String recipients(List<String> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        return "<style isBold=\"true\" isItalic=\"true\" size=\"12\">Nơi nhận:</style>\n" + entries.stream()
                .map(entry -> "- " + JRStringUtil.xmlEncode(text(entry))).collect(Collectors.joining("\n"));
    }

    /** How many templates this instance has compiled so far. */
    int compilations() {
        return compilations.get();
    }

    private byte[] render(String template, Map<String, Object> parameters, JRDataSource rows) {
        return export(List.of(fill(template, parameters, rows)));
    }

    private JasperPrint fill(String template, Map<String, ?> parameters, JRDataSource rows) {
        Map<String, Object> fillParameters = new HashMap<>(parameters);
        fillParameters.put(JRParameter.REPORT_LOCALE, VIETNAMESE);
        try {
            return JasperFillManager.getInstance(context).fill(compiled(template), fillParameters, rows);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot render the document " + template, e);
        }
    }

    /** The filled documents as one PDF, in order. */
    private byte[] export(List<JasperPrint> prints) {
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter(context);
            exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("Cannot export the document " + prints.get(0).getName(), e);
        }
    }

    private JasperReport compiled(String template) {
        return templates.computeIfAbsent(template, this::compile);
    }

    private JasperReport compile(String template) {
        String resource = template + ".jrxml";
        try (InputStream jrxml = Documents.class.getResourceAsStream(resource)) {
            if (jrxml == null) {
                throw new IllegalStateException("No template " + resource + " next to " + Documents.class.getName());
            }
            JasperReport report = JasperCompileManager.getInstance(context).compile(jrxml);
            compilations.incrementAndGet();
            return report;
        } catch (JRException e) {
            throw new IllegalStateException("Cannot compile the template " + resource, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
