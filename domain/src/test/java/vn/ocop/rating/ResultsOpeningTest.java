package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.rating.entity.ResultsOpening;
import vn.ocop.rating.entity.ScoringState;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsOpeningTest {

    private static final LocalDateTime AT = LocalDateTime.of(2024, 10, 15, 16, 0);

    @Test
    void openingKeepsWhoAndWhenOnceAndLeavesTheClosedValueAsItWas() {
        ResultsOpening closed = ResultsOpening.closed();
        ResultsOpening open = closed.openedBy("chair", AT);
        assertFalse(closed.isOpened());
        assertNull(closed.getOpenedBy());
        assertTrue(open.isOpened());
        assertEquals("chair", open.getOpenedBy());
        assertEquals(AT, open.getOpenedAt());
        assertEquals("rating.results.alreadyOpen",
                assertThrows(BusinessException.class, () -> open.openedBy("officer", AT)).messageKey());
    }

    @Test
    void aMemberSeesOnlyWhatTheirOwnSettledSheetAllows() {
        ResultsOpening open = ResultsOpening.closed().openedBy("chair", AT);
        assertFalse(ResultsOpening.closed().visibleTo(null), "closed for everybody before the opening");
        assertTrue(open.visibleTo(null), "the office after the opening");
        assertTrue(open.visibleTo(ScoringState.SUBMITTED));
        assertTrue(open.visibleTo(ScoringState.CONFLICT));
        assertFalse(open.visibleTo(ScoringState.DRAFT));
        assertFalse(open.visibleToAll(List.of(ScoringState.SUBMITTED, ScoringState.DRAFT)));
        assertTrue(open.visibleToAll(List.of(ScoringState.SUBMITTED, ScoringState.CONFLICT)));
        ResultsOpening.closed().requireUnseen(ScoringState.SUBMITTED);
        open.requireUnseen(ScoringState.DRAFT);
        assertEquals("rating.sheet.locked",
                assertThrows(BusinessException.class, () -> open.requireUnseen(ScoringState.SUBMITTED)).messageKey());
    }
}
