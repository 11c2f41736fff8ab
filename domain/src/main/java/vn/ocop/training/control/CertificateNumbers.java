package vn.ocop.training.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number of a completion certificate: "DT-" (đào tạo), the year, the running number of that year in four digits
 * or more, and a check of four random characters, e.g. "DT-2026-0001-K7QM". The check makes the numbers unguessable
 * for the public verification, which shows the name on a certificate: walking DT-2026-0001, -0002… finds nothing.
 * Certificates printed before the check existed ("DT-2019-0001") keep their number and are still verified by it (the
 * verification is rate limited). Plain ASCII, without look-alike characters (no 0/O, 1/I/L), safe in a URL.
 */
public final class CertificateNumbers {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final Pattern FORMAT = Pattern.compile("DT-\\d{4}-\\d{4,6}(-[" + ALPHABET + "]{4})?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateNumbers() {
    }

    /** A new number with its random check. */
    public static String format(int year, int number) {
        return format(year, number, check());
    }

    static String format(int year, int number, String check) {
        return String.format(Locale.ROOT, "DT-%04d-%04d-%s", year, number, check);
    }

    static String check() {
        StringBuilder check = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            check.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return check.toString();
    }

    /** The number as a user may type it (spaces, lower case), or null when it cannot be one. */
    public static String canonical(String typed) {
        if (typed == null) {
            return null;
        }
        String number = typed.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(number).matches() ? number : null;
    }
}
