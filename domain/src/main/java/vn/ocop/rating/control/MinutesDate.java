package vn.ocop.rating.control;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The date the council's minutes carry: the day of the meeting, not the day they are printed. The meeting is the day
 * the chair opened the results; an opening keyed later by the office (a paper session) still belongs to the round, so
 * the date is never after the round's last day. Minutes of a round not yet concluded are a draft dated the print day.
 */
public final class MinutesDate {

    private MinutesDate() {
    }

    public static LocalDate of(boolean concluded, LocalDateTime resultsOpenedAt, LocalDate roundEndsOn, LocalDate today) {
        if (!concluded || resultsOpenedAt == null) {
            return today;
        }
        LocalDate opened = resultsOpenedAt.toLocalDate();
        return roundEndsOn != null && opened.isAfter(roundEndsOn) ? roundEndsOn : opened;
    }
}
