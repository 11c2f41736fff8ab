package vn.ocop.shared.web;

import jakarta.faces.context.FacesContext;
import vn.ocop.reports.Formats;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The EL functions of the pages ({@code xmlns:fmt="http://ocop.vn/format"}: {@code #{fmt:number(x)}},
 * {@code fmt:score(x)}, {@code fmt:percent(x)}, {@code fmt:money(x)}, {@code fmt:date(x)}): {@link Formats} in the
 * language of the current view. Arguments are objects so that a missing value stays empty (EL would make it 0).
 */
public final class Format {

    private Format() {
    }

    /** At most two decimals: "1.234,5" / "1,234.5". */
    public static String number(Object value) {
        return value instanceof Number n ? Formats.number(n, locale()) : text(value);
    }

    /** Points and means, two decimals as the rules compute them: "66,00" / "66.00". */
    public static String score(Object value) {
        return value instanceof Number n ? Formats.fixed(n, 2, locale()) : text(value);
    }

    /** A share in percent: "97,1 %" / "97.1 %". */
    public static String percent(Object value) {
        return value instanceof Number n ? Formats.percent(n, locale()) : text(value);
    }

    /** An amount in đồng: "500.000.000 đồng" / "VND 500,000,000". */
    public static String money(Object value) {
        return value instanceof Number n ? Formats.money(n, locale()) : text(value);
    }

    /** A day or a moment: "05/12/2019", "05/12/2019 14:30". */
    public static String date(Object value) {
        if (value instanceof LocalDate day) {
            return Formats.date(day);
        }
        return value instanceof LocalDateTime moment ? Formats.dateTime(moment) : text(value);
    }

    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null && context.getViewRoot().getLocale() != null
                ? context.getViewRoot().getLocale() : Formats.VIETNAMESE;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
