package vn.ocop.shared;

import org.junit.jupiter.api.Test;
import vn.ocop.shared.entity.DateSpan;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateSpanTest {

    @Test
    void theYearsRunFromTheFirstDayToThisYearAtLeastNewestFirst() {
        assertEquals(List.of(2026), new DateSpan(null, null).yearsNewestFirst(2026), "nothing found: this year alone");
        assertEquals(List.of(2026, 2025, 2024),
                new DateSpan(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 6, 30)).yearsNewestFirst(2026));
        assertEquals(List.of(2027, 2026), new DateSpan(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5)).yearsNewestFirst(2026),
                "a course planned into next year");
    }
}
