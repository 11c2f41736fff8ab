package vn.ocop.certification.control;

/**
 * The public address that verifies a certificate, printed on it and in its QR code. The server's public address
 * comes from the system property {@value #PROPERTY} (e.g. "https://ocop.danphuong.gov.vn/ocop"); without it, the
 * address of a server on this machine.
 */
public final class VerificationAddress {

    public static final String PROPERTY = "ocop.public-url";
    public static final String DEFAULT = "http://localhost:8080/ocop";
    public static final String PAGE = "/verify.xhtml?number=";

    private VerificationAddress() {
    }

    public static String of(String number) {
        return base(System.getProperty(PROPERTY)) + PAGE + number;
    }

    static String base(String configured) {
        String base = configured == null || configured.isBlank() ? DEFAULT : configured.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
