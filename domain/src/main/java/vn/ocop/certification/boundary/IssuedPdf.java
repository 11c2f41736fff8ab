package vn.ocop.certification.boundary;

/** An issued document's bytes as they were issued, with the name to save them under and their SHA-256. */
public record IssuedPdf(String fileName, byte[] content, String sha256) {
}
