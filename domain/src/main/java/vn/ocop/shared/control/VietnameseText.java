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
