package vn.ocop.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
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
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.jdt.JRJdtCompiler;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Compiles, keeps, fills and exports the templates. A template is compiled on first use (with the Eclipse JDT
 * compiler, which needs no JDK and no class path on disk, so it works inside an application server) and kept for the
 * life of this object. Thread-safe.
 */
final class Renderer {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final SimpleJasperReportsContext context = new SimpleJasperReportsContext();
    private final ConcurrentMap<String, JasperReport> templates = new ConcurrentHashMap<>();
    private final AtomicInteger compilations = new AtomicInteger();

    Renderer() {
        context.setProperty("net.sf.jasperreports.compiler.java", JRJdtCompiler.class.getName());
    }

    /** The document as a PDF of its own. */
    byte[] pdf(Layout layout) {
        return export(List.of(fill(layout)));
    }

    /** The document filled, to be exported alone or with others. */
    JasperPrint fill(Layout layout) {
        Map<String, Object> parameters = new HashMap<>(layout.parameters());
        parameters.put(JRParameter.REPORT_LOCALE, VIETNAMESE);
        try {
            return JasperFillManager.getInstance(context).fill(compiled(layout.template()), parameters, layout.dataSource());
        } catch (JRException e) {
            throw new IllegalStateException("Cannot render the document " + layout.template(), e);
        }
    }

    /** The filled documents as one PDF, in order. */
    byte[] export(List<JasperPrint> prints) {
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

    /** How many templates this renderer has compiled so far. */
    int compilations() {
        return compilations.get();
    }

    private JasperReport compiled(String template) {
        return templates.computeIfAbsent(template, this::compile);
    }

    private JasperReport compile(String template) {
        String resource = template + ".jrxml";
        try (InputStream jrxml = Renderer.class.getResourceAsStream(resource)) {
            if (jrxml == null) {
                throw new IllegalStateException("No template " + resource + " next to " + Renderer.class.getName());
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
