package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (its name ends in neither Test nor IT): renders a decision whose annex lists 500 products and
 * a batch of 1,000 certificates (each to its own PDF and all to one), as issuing does, and times them after one
 * warm-up; with the processor time the process spent and the machine's load average, since on a shared machine the
 * time taken depends on what else runs. Targets: 2 s and 15 s on 2 cores. Run with
 * {@code mvn -pl reports test -Dtest=CertificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; figures go
 * to the console and to target/benchmark-certification.md.
 */
class CertificationBenchmark {

    @Test
    void decisionOf500ProductsAndBatchOf1000Certificates() throws IOException {
        Documents documents = new Documents();
        long compileStart = System.nanoTime();
        documents.pdf(CertificationSamples.decision(3, false));
        documents.certificates(List.of(CertificationSamples.certificate(1)));
        double warmUp = seconds(compileStart);

        DecisionDocument decision = CertificationSamples.decision(500, false);
        List<Double> decisionRuns = new ArrayList<>();
        byte[] annex = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            annex = documents.pdf(decision);
            decisionRuns.add(seconds(start));
        }
        int pages;
        try (PDDocument pdf = Loader.loadPDF(annex)) {
            pages = pdf.getNumberOfPages();
        }

        List<CertificateDocument> batch = IntStream.rangeClosed(1, 1000).mapToObj(CertificationSamples::certificate).toList();
        long start = System.nanoTime();
        long cpuStart = processCpu();
        RenderedCertificates rendered = documents.certificates(batch);
        double certificates = seconds(start);
        double certificatesCpu = (processCpu() - cpuStart) / 1e9;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        assertEquals(1000, rendered.each().size());
        try (PDDocument pdf = Loader.loadPDF(rendered.batch())) {
            assertEquals(1000, pdf.getNumberOfPages());
        }
        long eachBytes = rendered.each().stream().mapToLong(b -> b.length).sum();

        String report = String.format(java.util.Locale.ROOT, """
                | what | time | size |
                |---|---|---|
                | first use: compile both templates, render a 3-product decision and one certificate | %.2f s | |
                | decision with a 500-product annex (%d pages), 3 runs | %s s | %.0f KB |
                | 1,000 certificates: each to its own PDF and all as one batch | %.1f s (%.1f s of processor time, load average %.1f) \
                | %.1f MB each in total, %.1f MB batch |
                """, warmUp, pages, decisionRuns.stream().map(d -> String.format(java.util.Locale.ROOT, "%.2f", d)).toList(),
                annex.length / 1024.0, certificates, certificatesCpu, load, eachBytes / 1048576.0, rendered.batch().length / 1048576.0);
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-certification.md"), report);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
