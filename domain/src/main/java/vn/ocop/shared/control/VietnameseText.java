package vn.ocop.shared.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as users type it. Every value that crosses a boundary is normalised to Unicode NFC and
 * trimmed: Vietnamese typed with decomposed accents (NFD) otherwise prints with misplaced marks.
 * Search keys fold diacritics and case so that "tan hoi" finds "Tân Hội".
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** NFC, trimmed, inner runs of white space collapsed to one space; null and blank become null. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? null : text;
    }

    /**
     * A required text field: normalised, present and at most {@code maxLength} characters, or a
     * broken rule about that field.
     */
    public static String required(String field, String value, int maxLength) {
        String text = normalise(value);
        if (text == null) {
            throw BusinessException.onField(field, "error.required");
        }
        if (text.length() > maxLength) {
            throw BusinessException.onField(field, "error.tooLong", maxLength);
        }
        return text;
    }

    /** The form used to compare and search: no diacritics, đ as d, lower case, single spaces. */
    public static String searchKey(String value) {
        String text = normalise(value);
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT);
    }
}
