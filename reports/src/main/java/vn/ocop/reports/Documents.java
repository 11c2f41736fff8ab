package vn.ocop.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
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
        parameters.put("placeAndDate", document.place() + ", " + longDate(document.date()));
        parameters.put("title", document.title());
        parameters.put("subtitle", document.subtitle());
        return render("unit-list", parameters, document.rows());
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

    /** How many templates this instance has compiled so far. */
    int compilations() {
        return compilations.get();
    }

    private byte[] render(String template, Map<String, Object> parameters, Collection<?> rows) {
        Map<String, Object> fillParameters = new HashMap<>(parameters);
        fillParameters.put(JRParameter.REPORT_LOCALE, VIETNAMESE);
        try {
            JasperPrint print = JasperFillManager.getInstance(context)
                    .fill(compiled(template), fillParameters, new JRBeanCollectionDataSource(rows));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("Cannot render the document " + template, e);
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
