package vn.ocop.certification.control;

import vn.ocop.shared.control.BusinessException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The official numbers and their counters. A decision's number is "<sequence>/QĐ-UBND" (Decree 30/2020: number,
 * the abbreviated type, the abbreviated body), one sequence for all the decisions of an issuing body in a year.
 * A certificate's number is "OCOP-<body code>-<year>-<sequence>", the sequence on four digits at least: only
 * letters, digits and hyphens, so it travels in a URL and a QR code unchanged.
 */
public final class Numbers {

    /** The abbreviated type and body of a People's Committee's decision. */
    public static final String DECISION_SYMBOL = "QĐ-UBND";
    private static final Pattern CERTIFICATE = Pattern.compile("OCOP-[0-9A-Z]{1,10}-[0-9]{4}-[0-9]{4,}");
    private static final Pattern BODY = Pattern.compile("[0-9A-Z]{1,10}");

    private Numbers() {
    }

    public static String decision(int sequence) {
        positive(sequence);
        return sequence + "/" + DECISION_SYMBOL;
    }

    public static String certificate(String bodyCode, int year, int sequence) {
        positive(sequence);
        if (bodyCode == null || !BODY.matcher(bodyCode).matches()) {
            throw new IllegalArgumentException("body code: " + bodyCode);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year: " + year);
        }
        return String.format(Locale.ROOT, "OCOP-%s-%d-%04d", bodyCode, year, sequence);
    }

    /** Whether a text has the shape of a certificate number (letters in upper case). */
    public static boolean isCertificateNumber(String text) {
        return text != null && text.length() <= 40 && CERTIFICATE.matcher(text).matches();
    }

    /** A certificate number as typed (spaces, lower case) in its canonical form, or null if it cannot be one. */
    public static String canonicalCertificate(String typed) {
        if (typed == null) {
            return null;
        }
        String number = typed.strip().toUpperCase(Locale.ROOT);
        return isCertificateNumber(number) ? number : null;
    }

    public static String decisionCounter(String bodyCode, int year) {
        return "DECISION:" + bodyCode + ":" + year;
    }

    public static String certificateCounter(String bodyCode, int year) {
        return "CERTIFICATE:" + bodyCode + ":" + year;
    }

    private static void positive(int sequence) {
        if (sequence < 1) {
            throw new BusinessException("certification.number.invalid", sequence);
        }
    }
}
