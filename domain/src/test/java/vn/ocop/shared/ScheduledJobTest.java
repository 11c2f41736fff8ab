package vn.ocop.shared;

import org.junit.jupiter.api.Test;
import vn.ocop.shared.entity.ScheduledJob;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduledJobTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    private static final LocalDateTime AT = DAY.atTime(1, 10);

    @Test
    void theFirstServerTakesTheDayAndTheSecondFindsItDone() {
        ScheduledJob job = new ScheduledJob("certificate-expiry");
        assertTrue(job.claim(DAY, "ocop-1", AT));
        assertFalse(job.claim(DAY, "ocop-2", AT.plusSeconds(1)));
        assertEquals("ocop-1", job.getLastBy());
        assertEquals(DAY, job.getLastRun());
    }

    @Test
    void theNextDayIsToDoAgainAndAnEarlierDayIsNot() {
        ScheduledJob job = new ScheduledJob("certificate-expiry");
        assertTrue(job.claim(DAY, "ocop-1", AT));
        assertFalse(job.claim(DAY.minusDays(1), "ocop-2", AT));
        assertTrue(job.claim(DAY.plusDays(1), "ocop-2", AT.plusDays(1)));
        assertEquals("ocop-2", job.getLastBy());
    }
}
