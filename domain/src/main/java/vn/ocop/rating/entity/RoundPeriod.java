package vn.ocop.rating.entity;

import vn.ocop.shared.control.BusinessException;

import java.time.LocalDate;

/** The rules of a round's year and days, each on its field of the round's form. */
final class RoundPeriod {

    private RoundPeriod() {
    }

    /** The first day is given, and a regime is in force on it. */
    static void requireStart(LocalDate startsOn, Regime regime) {
        if (startsOn == null) {
            throw BusinessException.onField("startsOn", "error.required");
        }
        if (regime == null || !regime.inForceOn(startsOn)) {
            throw BusinessException.onField("startsOn", "rating.regime.none");
        }
    }

    /** The last day is given and not before the first. */
    static void requireEnd(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn == null) {
            throw BusinessException.onField("endsOn", "error.required");
        }
        if (startsOn != null && endsOn.isBefore(startsOn)) {
            throw BusinessException.onField("endsOn", "rating.round.dates");
        }
    }

    /** The year is given, not before the first year of the criteria, and at most one year from the first day's. */
    static void requireYear(Integer year, LocalDate startsOn, int firstYear) {
        if (year == null) {
            throw BusinessException.onField("year", "error.required");
        }
        if (year < firstYear || startsOn != null && Math.abs(year - startsOn.getYear()) > 1) {
            throw BusinessException.onField("year", "rating.round.year", firstYear);
        }
    }
}
