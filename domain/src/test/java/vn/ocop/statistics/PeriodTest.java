package vn.ocop.statistics;

import org.junit.jupiter.api.Test;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.statistics.control.Period;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A year or a period from the request's parameters, and what is refused. */
class PeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void aYearRunsFromTheFirstOfJanuaryToTheThirtyFirstOfDecember() {
        Period year = Period.parse("2019", null, "", TODAY);
        assertEquals(2019, year.year());
        assertEquals(LocalDate.of(2019, 1, 1), year.from());
        assertEquals(LocalDate.of(2019, 12, 31), year.to());
        assertEquals(LocalDateTime.of(2020, 1, 1, 0, 0), year.after(), "timestamps count while before the next day");
        assertTrue(year.wholeYear());
    }

    @Test
    void withoutParametersItIsThisYearWhoseStatesAreTodays() {
        Period now = Period.parse(null, null, null, TODAY);
        assertEquals(2026, now.year());
        assertEquals(LocalDate.of(2026, 12, 31), now.to());
        assertEquals(TODAY, now.on(), "the states of a running period are today's, not foretold");
        assertEquals(LocalDateTime.of(2026, 11, 29, 0, 0), now.after());
        assertEquals(LocalDate.of(2019, 12, 31), Period.parse("2019", null, null, TODAY).on());
        assertEquals(TODAY, Period.parse(null, "2026-01-01", "2026-12-01", TODAY).on());
    }

    @Test
    void aPeriodTakesBothDaysIncluded() {
        Period period = Period.parse(null, "2019-03-01", "2019-06-30", TODAY);
        assertNull(period.year());
        assertEquals(LocalDate.of(2019, 3, 1), period.from());
        assertEquals(LocalDateTime.of(2019, 7, 1, 0, 0), period.after());
        assertFalse(period.wholeYear());
        assertTrue(Period.parse(null, "2020-01-01", "2020-12-31", TODAY).wholeYear(), "a period that is a year prints as one");
        assertEquals(LocalDate.of(2019, 5, 5), Period.parse(null, "2019-05-05", "2019-05-05", TODAY).to(), "one day");
    }

    @Test
    void badInputIsRefusedOnItsField() {
        assertRefused("year", "statistics.period.year", () -> Period.parse("2017", null, null, TODAY));
        assertRefused("year", "statistics.period.year", () -> Period.parse("2027", null, null, TODAY));
        assertRefused("year", "statistics.period.yearFormat", () -> Period.parse("20x9", null, null, TODAY));
        assertRefused("year", "statistics.period.both", () -> Period.parse("2019", "2019-01-01", "2019-02-01", TODAY));
        assertRefused("from", "statistics.period.order", () -> Period.parse(null, "2019-06-01", "2019-05-31", TODAY));
        assertRefused("from", "statistics.period.dateFormat", () -> Period.parse(null, "01/06/2019", "2019-07-01", TODAY));
        assertRefused("to", "statistics.period.dateFormat", () -> Period.parse(null, "2019-06-01", "2019-02-30", TODAY));
        assertRefused("to", "statistics.period.incomplete", () -> Period.parse(null, "2019-06-01", null, TODAY));
        assertRefused("from", "statistics.period.range", () -> Period.parse(null, "2017-12-31", "2019-01-01", TODAY));
        assertRefused("to", "statistics.period.range", () -> Period.parse(null, "2026-01-01", "2027-01-01", TODAY));
    }

    private static void assertRefused(String field, String key, Runnable call) {
        BusinessException refused = assertThrows(BusinessException.class, call::run);
        assertEquals(key, refused.messageKey());
        assertEquals(field, refused.field());
    }
}
