package vn.ocop.training.control;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number of a completion certificate: "DT-" (đào tạo), the year, a hyphen and the running
 * number of that year in four digits or more, e.g. "DT-2019-0001". Plain ASCII, so it is safe in a
 * URL as it stands.
 */
public final class CertificateNumbers {

    private static final Pattern FORMAT = Pattern.compile("DT-\\d{4}-\\d{4,6}");

    private CertificateNumbers() {
    }

    public static String format(int year, int number) {
        return String.format(Locale.ROOT, "DT-%04d-%04d", year, number);
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
