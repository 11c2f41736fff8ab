package vn.ocop.certification.control;

import vn.ocop.shared.control.BusinessException;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The public address that verifies a certificate, printed on it and in its QR code: the server's public address from
 * the system property {@value #PROPERTY} (e.g. "https://ocop.hanoi.gov.vn/ocop"). A certificate is a public paper that
 * a shopper scans: it never prints "localhost". Without the property a production server refuses to issue, with a
 * message that says how to set it; a demonstration server (system property {@code ocop.demo=true}) prints this
 * machine's own name, which the other machines of its network reach.
 */
public final class VerificationAddress {

    public static final String PROPERTY = "ocop.public-url";
    public static final String PAGE = "/verify.xhtml?number=";

    private VerificationAddress() {
    }

    public static String of(String number) {
        return base(System.getProperty(PROPERTY), Boolean.getBoolean("ocop.demo"), VerificationAddress::machineName) + PAGE + number;
    }

    /** The public address without a trailing slash, or the refusal to issue without one. */
    static String base(String configured, boolean demonstration, java.util.function.Supplier<String> machine) {
        String base;
        if (configured != null && !configured.isBlank()) {
            base = configured.strip();
        } else if (demonstration) {
            base = "http://" + machine.get() + ":8080/ocop";
        } else {
            throw new BusinessException("certification.publicUrl.missing", PROPERTY);
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String machineName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new BusinessException("certification.publicUrl.missing", PROPERTY);
        }
    }
}
