package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.MinutesDate;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MinutesDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aPaperSessionKeyedYearsLaterIsDatedWithinTheRoundNotThePrintDay() {
        assertEquals(LocalDate.of(2019, 11, 30),
                MinutesDate.of(true, LocalDateTime.of(2026, 12, 5, 23, 10), LocalDate.of(2019, 11, 30), TODAY));
    }

    @Test
    void anOpeningDuringTheRoundIsTheMeetingDay() {
        assertEquals(LocalDate.of(2019, 11, 20),
                MinutesDate.of(true, LocalDateTime.of(2019, 11, 20, 15, 0), LocalDate.of(2019, 11, 30), TODAY));
    }

    @Test
    void aRoundNotConcludedPrintsADraftDatedToday() {
        assertEquals(TODAY, MinutesDate.of(false, LocalDateTime.of(2019, 11, 20, 15, 0), LocalDate.of(2019, 11, 30), TODAY));
        assertEquals(TODAY, MinutesDate.of(true, null, LocalDate.of(2019, 11, 30), TODAY));
    }
}
