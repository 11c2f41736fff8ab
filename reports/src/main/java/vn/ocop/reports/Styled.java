package vn.ocop.reports;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.util.JRStringUtil;

/**
 * The small pieces every document's text is made of: JasperReports' styled-text markup (bold, the DejaVu Sans face
 * for the glyphs Liberation Serif lacks), blanks to fill in by hand, and dates as official documents write them.
 */
final class Styled {

    /** What a blank value of a form prints as, to be filled in by hand. */
    static final String DOTS = "\u2026".repeat(8);
    /** A date to write by hand: "……/……/…………". */
    static final String DATE_DOTS = "\u2026\u2026/\u2026\u2026/\u2026\u2026\u2026\u2026";
    /** Liberation Serif has no ballot boxes nor stars; DejaVu Sans (from jasperreports-fonts, embedded too) has them. */
    static final String BOX_FONT = "<style fontName=\"DejaVu Sans\">";
    static final String BOLD = "<style isBold=\"true\">";
    /** A star in a heading, in DejaVu Sans. */
    static final String STAR = BOX_FONT + "\u2605</style>";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private Styled() {
    }

    /** The text, or empty for none. */
    static String text(String text) {
        return text == null ? "" : text;
    }

    /** The text escaped for styled markup. */
    static String encoded(String text) {
        return JRStringUtil.xmlEncode(text);
    }

    /** The text for styled markup, in bold; a dotted line when blank. */
    static String bold(String text) {
        return BOLD + encoded(orDots(text(text))) + "</style>";
    }

    /** A blank value of a form as a dotted line, to be filled in by hand. */
    static String orDots(String text) {
        return text.isBlank() ? DOTS : text;
    }

    /** The parts that are not blank, joined by the separator. */
    static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(separator));
    }

    /** The text in Unicode's composed form (one code point per Vietnamese letter with its marks). */
    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The date as written in official documents: "ngày 05 tháng 02 năm 2024", "ngày 15 tháng 3 năm 2024".
     * Days below 10 and the months January and February take a leading zero (Decree 30/2020, Annex I).
     */
    static String longDate(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? "0" + month : Integer.toString(month);
        return String.format(Locale.ROOT, "ngày %02d tháng %s năm %d", date.getDayOfMonth(), monthText, date.getYear());
    }

    /** A date in a table cell: "05/02/2024"; empty for none. */
    static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** "Đan Phượng, ngày 05 tháng 02 năm 2024". */
    static String placeAndDate(String place, LocalDate date) {
        return joined(", ", place, longDate(date));
    }
}
