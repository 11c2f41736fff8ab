package vn.ocop.reports;

import java.util.List;

/**
 * Certificates rendered once: each as a PDF of its own (in the order given) and all of them as one PDF to print.
 */
public record RenderedCertificates(List<byte[]> each, byte[] batch) {

    public RenderedCertificates {
        each = List.copyOf(each);
    }
}
