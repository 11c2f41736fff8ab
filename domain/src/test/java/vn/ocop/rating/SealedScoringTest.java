package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.entity.ConflictDeclaration;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.ScoreSheet;
import vn.ocop.rating.entity.ScoringState;
import vn.ocop.rating.entity.SheetStatus;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.ConcurrentChangeException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.rating.RoundFixtures.A_CRITERION;
import static vn.ocop.rating.RoundFixtures.A_FULL;
import static vn.ocop.rating.RoundFixtures.A_HALF;
import static vn.ocop.rating.RoundFixtures.B_CRITERION;
import static vn.ocop.rating.RoundFixtures.B_LOW;
import static vn.ocop.rating.RoundFixtures.C1_CRITERION;
import static vn.ocop.rating.RoundFixtures.C1_FULL;
import static vn.ocop.rating.RoundFixtures.T;

/**
 * Sealed scoring: a product's result (and the others' sheets, the spread) is sealed per product and
 * per member until that member's own sheet for it is in; the minutes until all of them are; and a
 * result a member may have seen is never followed by a change of their sheet.
 */
class SealedScoringTest {

    private static final Map<Long, Long> COMPLETE = Map.of(A_CRITERION, A_FULL, B_CRITERION, B_LOW, C1_CRITERION, C1_FULL);

    private final RoundFixtures.Scored scored = RoundFixtures.scored();
    private final EvaluationRound round = scored.round();
    private final SheetChoices form = RoundFixtures.form();

    private ScoreSheet draft() {
        ConflictDeclaration.declare(scored.member(), scored.product(), List.of(), false, null, T);
        ScoreSheet sheet = new ScoreSheet(scored.member(), scored.product(), T);
        sheet.save(form, 0, COMPLETE, T);
        return sheet;
    }

    private ScoreSheet submitted() {
        ScoreSheet sheet = draft();
        sheet.submit(form, 0, T.plusMinutes(30));
        return sheet;
    }

    private static String refused(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(BusinessException.class, call).messageKey();
    }

    @Test
    void aProductsResultOpensToAMemberOnlyOnceTheirOwnSheetForItIsIn() {
        for (ScoringState state : ScoringState.values()) {
            assertFalse(round.resultVisibleTo(state), "before the opening: " + state);
        }
        assertFalse(round.resultVisibleTo(null), "the office waits for the opening too");
        round.openResults(scored.chair(), T.plusHours(1));
        assertFalse(round.resultVisibleTo(ScoringState.UNDECLARED), "the chair may open while members have not declared");
        assertFalse(round.resultVisibleTo(ScoringState.DRAFT), "a member still drafting stays sealed");
        assertTrue(round.resultVisibleTo(ScoringState.SUBMITTED));
        assertTrue(round.resultVisibleTo(ScoringState.CONFLICT), "a conflict: nothing to score, nothing to adjust");
        assertTrue(round.resultVisibleTo(null), "the office, leaders, administrators and the secretary, who do not score");
        for (ScoringState state : ScoringState.values()) {
            assertEquals(round.resultVisibleTo(state), round.sheetsVisibleTo(state), "the sheets are sealed as the result: " + state);
        }
    }

    @Test
    void theMinutesOpenToAMemberOnlyOnceEveryOneOfTheirSheetsIsIn() {
        List<ScoringState> done = List.of(ScoringState.SUBMITTED, ScoringState.CONFLICT, ScoringState.SUBMITTED);
        assertFalse(round.minutesVisibleTo(done), "nothing before the opening");
        assertFalse(round.minutesVisibleTo(null));
        round.openResults(scored.chair(), T.plusHours(1));
        assertTrue(round.minutesVisibleTo(done));
        assertTrue(round.minutesVisibleTo(null), "those who do not score");
        assertFalse(round.minutesVisibleTo(List.of(ScoringState.SUBMITTED, ScoringState.DRAFT)),
                "the minutes print every product: one draft seals them");
        assertFalse(round.minutesVisibleTo(List.of(ScoringState.SUBMITTED, ScoringState.UNDECLARED)));
    }

    @Test
    void aSheetSubmittedBeforeTheOpeningIsLockedForGoodOnceTheResultsAreOpen() {
        ScoreSheet sheet = submitted();
        round.openResults(scored.chair(), T.plusHours(1));

        assertEquals("rating.sheet.locked", refused(() -> sheet.save(form, sheet.getVersion(), Map.of(A_CRITERION, A_HALF), T.plusHours(2))));
        assertEquals("rating.sheet.locked", refused(() -> sheet.submit(form, sheet.getVersion(), T.plusHours(2))));
        assertEquals("rating.sheet.locked", refused(() -> sheet.reopen(BigDecimal.TEN, "chu.tich", "Chấm lại tiêu chí A",
                T.plusHours(2))), "not even at the chair's request: the member may have seen the result");
        assertEquals("rating.sheet.locked", refused(sheet::withdraw), "a conflict declared now would take the sheet out");
        assertEquals(SheetStatus.SUBMITTED, sheet.getStatus());
        assertTrue(sheet.counts());
        assertEquals(COMPLETE, sheet.choices(), "nothing changed");
    }

    @Test
    void aMemberStillDraftingAtTheOpeningScoresSealedAndIsLockedOnceSubmitted() {
        ScoreSheet sheet = draft();
        round.openResults(scored.chair(), T.plusHours(1));
        assertDoesNotThrow(() -> round.requireUnseen(ScoringState.DRAFT), "sealed, so still free to score");

        sheet.save(form, sheet.getVersion(), Map.of(A_CRITERION, A_HALF), T.plusHours(2));
        sheet.submit(form, sheet.getVersion(), T.plusHours(2));
        assertTrue(round.resultVisibleTo(ScoringState.SUBMITTED), "the result opens to them now");
        assertEquals("rating.sheet.locked", refused(() -> sheet.save(form, sheet.getVersion(), Map.of(A_CRITERION, A_FULL),
                T.plusHours(3))));
        assertEquals(A_HALF, sheet.choices().get(A_CRITERION));
    }

    @Test
    void beforeTheOpeningNothingIsSeenSoTheChairMayStillAskForARescore() {
        ScoreSheet sheet = submitted();
        for (ScoringState state : ScoringState.values()) {
            assertDoesNotThrow(() -> round.requireUnseen(state), "nobody has seen anything yet: " + state);
        }
        assertEquals("rating.sheet.submitted", refused(() -> sheet.save(form, sheet.getVersion(), Map.of(A_CRITERION, A_HALF), T)));
        sheet.reopen(BigDecimal.TEN, "chu.tich", "Chấm nhầm tiêu chí A", T.plusMinutes(40));
        assertEquals(SheetStatus.DRAFT, sheet.getStatus());
    }

    @Test
    void aResultSeenLocksTheDeclarationsToo() {
        round.openResults(scored.chair(), T.plusHours(1));
        assertEquals("rating.sheet.locked", refused(() -> round.requireUnseen(ScoringState.SUBMITTED)));
        assertEquals("rating.sheet.locked", refused(() -> round.requireUnseen(ScoringState.CONFLICT)));
        assertDoesNotThrow(() -> round.requireUnseen(ScoringState.UNDECLARED));
        assertDoesNotThrow(() -> round.requireUnseen(null), "someone who does not score has no sheet to lock");
        assertThrows(ConcurrentChangeException.class, () -> draft().submit(form, 99, T.plusHours(2)),
                "a draft after the opening keeps its other rules");
    }
}
