package vn.ocop.statistics.control;

import java.io.Serializable;

import vn.ocop.shared.control.BusinessException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The span the statistics are about: a calendar year, or a period from one day to another (both included), between
 * the first year of the national programme ({@value #FIRST_YEAR}, Decision 490/QĐ-TTg) and the end of this year.
 *
 * The states (star class, certificates, producers) are taken on the period's last day, or today while the period
 * runs ({@link #on()}): nothing is foretold.
 *
 * @param year the year, or null for a period that is not a calendar year given as such
 * @param on the day the states are taken: the last day, or today if that is earlier
 */
public record Period(Integer year, LocalDate from, LocalDate to, LocalDate on) implements Serializable {

    public static final int FIRST_YEAR = 2018;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(on, "on");
    }

    /** A period that has ended: the states are taken on its last day. */
    public Period(Integer year, LocalDate from, LocalDate to) {
        this(year, from, to, to);
    }

    /** A calendar year; refused outside {@value #FIRST_YEAR} to this year. */
    public static Period ofYear(int year, LocalDate today) {
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw BusinessException.onField("year", "statistics.period.year", FIRST_YEAR, today.getYear());
        }
        LocalDate last = LocalDate.of(year, 12, 31);
        return new Period(year, LocalDate.of(year, 1, 1), last, last.isAfter(today) ? today : last);
    }

    /** From one day to another; refused when from is after to or either lies outside the years allowed. */
    public static Period between(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null || to == null) {
            throw BusinessException.onField(from == null ? "from" : "to", "statistics.period.incomplete");
        }
        if (from.isAfter(to)) {
            throw BusinessException.onField("from", "statistics.period.order");
        }
        if (from.getYear() < FIRST_YEAR || to.getYear() > today.getYear()) {
            throw BusinessException.onField(from.getYear() < FIRST_YEAR ? "from" : "to", "statistics.period.range", FIRST_YEAR,
                    today.getYear());
        }
        return new Period(null, from, to, to.isAfter(today) ? today : to);
    }

    /**
     * The period of the request's parameters as typed: {@code year}, or {@code from} and {@code to} as ISO dates
     * (yyyy-MM-dd); neither: this year. Malformed values are refused with the field they are about.
     */
    public static Period parse(String year, String from, String to, LocalDate today) {
        boolean noDates = blank(from) && blank(to);
        if (!blank(year)) {
            if (!noDates) {
                throw BusinessException.onField("year", "statistics.period.both");
            }
            try {
                return ofYear(Integer.parseInt(year.strip()), today);
            } catch (NumberFormatException e) {
                throw BusinessException.onField("year", "statistics.period.yearFormat");
            }
        }
        if (noDates) {
            return ofYear(today.getYear(), today);
        }
        return between(date("from", from), date("to", to), today);
    }

    /** The first moment after the day the states are taken (for timestamps: {@code at < after()}). */
    public LocalDateTime after() {
        return on.plusDays(1).atStartOfDay();
    }

    /** Whether the period is exactly the calendar year it lies in. */
    public boolean wholeYear() {
        return from.getYear() == to.getYear() && from.getDayOfYear() == 1 && to.plusDays(1).getDayOfYear() == 1;
    }

    private static LocalDate date(String field, String text) {
        if (blank(text)) {
            throw BusinessException.onField(field, "statistics.period.incomplete");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.onField(field, "statistics.period.dateFormat");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
