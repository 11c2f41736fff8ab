package vn.ocop.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way numbers, percentages, amounts of money and dates are written, per language, on every screen and printed
 * document. Vietnamese (TCVN and Decree 30/2020/NĐ-CP usage): a dot between thousands, a comma before decimals, the
 * amount followed by "đồng" ("1.234,5", "97,1 %", "500.000.000 đồng"). English: a comma between thousands, a point
 * before decimals, the currency code first ("1,234.5", "97.1 %", "VND 500,000,000"). Dates are dd/MM/yyyy in both.
 * A null value is written as an empty string.
 */
public final class Formats {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);
    private static final char NBSP = '\u00a0';

    private Formats() {
    }

    /** A number with at most two decimals, trailing zeros dropped: 1234.5 → "1.234,5" / "1,234.5"; 10.00 → "10". */
    public static String number(Number value, Locale locale) {
        return value == null ? "" : format(value, locale, 0, 2);
    }

    /** A number with exactly {@code decimals} decimals (a council's mean: 66 → "66,00" / "66.00"). */
    public static String fixed(Number value, int decimals, Locale locale) {
        return value == null ? "" : format(value, locale, decimals, decimals);
    }

    /** A share given in percent, one decimal: 97.14 → "97,1 %" / "97.1 %"; 100 → "100,0 %". */
    public static String percent(Number value, Locale locale) {
        return value == null ? "" : format(value, locale, 1, 1) + NBSP + "%";
    }

    /** An amount in Vietnamese đồng, whole: 500000000 → "500.000.000 đồng" / "VND 500,000,000". */
    public static String money(Number amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        String digits = format(amount, locale, 0, 0);
        return english(locale) ? "VND" + NBSP + digits : digits + NBSP + "đồng";
    }

    /** A day: "05/12/2019" in both languages. */
    public static String date(LocalDate day) {
        return day == null ? "" : day.format(DAY);
    }

    /** A moment to the minute: "05/12/2019 14:30" in both languages. */
    public static String dateTime(LocalDateTime moment) {
        return moment == null ? "" : moment.format(DAY_AND_TIME);
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static String format(Number value, Locale locale, int minDecimals, int maxDecimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(english(locale) ? ',' : '.');
        symbols.setDecimalSeparator(english(locale) ? '.' : ',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        BigDecimal exact = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        String text = format.format(exact);
        return "-0".equals(text) ? "0" : text;
    }
}
