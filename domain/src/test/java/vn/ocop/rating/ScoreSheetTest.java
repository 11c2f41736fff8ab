package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.entity.ConflictDeclaration;
import vn.ocop.rating.entity.ScoreSheet;
import vn.ocop.rating.entity.ScoringState;
import vn.ocop.rating.entity.SheetStatus;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.ConcurrentChangeException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import static vn.ocop.rating.RoundFixtures.C2_FIRST;
import static vn.ocop.rating.RoundFixtures.C2_FIRST_FULL;
import static vn.ocop.rating.RoundFixtures.T;

/**
 * A member's sheet: exactly one option per criterion, drafts saved at any time and only what
 * changed, submitted only when complete and then locked; the declaration of conflict first, and a
 * member with a conflict does not score.
 */
class ScoreSheetTest {

    private final RoundFixtures.Scored round = RoundFixtures.scored();
    private final SheetChoices form = RoundFixtures.form();

    private ScoreSheet opened() {
        ConflictDeclaration.declare(round.member(), round.product(), List.of(), false, null, T);
        return new ScoreSheet(round.member(), round.product(), T);
    }

    private static Map<Long, Long> choices(long... pairs) {
        Map<Long, Long> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<Long, Long> cleared(long criterion) {
        Map<Long, Long> map = new HashMap<>();
        map.put(criterion, null);
        return map;
    }

    @Test
    void eachCriterionHoldsExactlyOneOption() {
        ScoreSheet sheet = opened();
        assertEquals(2, sheet.save(form, 0, choices(A_CRITERION, A_HALF, B_CRITERION, B_LOW), T.plusMinutes(1)));
        assertEquals(1, sheet.save(form, 0, choices(A_CRITERION, A_FULL), T.plusMinutes(2)), "a new tick replaces the old one");
        assertEquals(Map.of(A_CRITERION, A_FULL, B_CRITERION, B_LOW), sheet.choices());
        assertEquals("rating.sheet.notAnOption", assertThrows(BusinessException.class,
                () -> sheet.save(form, 0, choices(B_CRITERION, A_FULL), T)).messageKey(), "an option of another criterion");
        assertEquals(Map.of(A_CRITERION, A_FULL, B_CRITERION, B_LOW), sheet.choices(), "a refused save changes nothing");
    }

    @Test
    void aChoiceInTheOtherAlternativeCaseClearsTheFirst() {
        ScoreSheet sheet = opened();
        sheet.save(form, 0, choices(C1_CRITERION, C1_FULL), T);
        sheet.save(form, 0, choices(C2_FIRST, C2_FIRST_FULL), T);
        assertEquals(Map.of(C2_FIRST, C2_FIRST_FULL), sheet.choices());
    }

    @Test
    void savingWhatIsAlreadyThereChangesNothingWhateverTheVersion() {
        ScoreSheet sheet = opened();
        sheet.save(form, 0, choices(A_CRITERION, A_HALF), T.plusMinutes(1));
        assertEquals(0, sheet.save(form, 7, choices(A_CRITERION, A_HALF), T.plusMinutes(5)), "the same save again");
        assertEquals(T.plusMinutes(1), sheet.getSavedAt());
        assertThrows(ConcurrentChangeException.class, () -> sheet.save(form, 7, choices(A_CRITERION, A_FULL), T),
                "a change from a stale page is refused");
        assertEquals(1, sheet.save(form, 0, cleared(A_CRITERION), T.plusMinutes(6)), "null clears a criterion");
        assertTrue(sheet.choices().isEmpty());
    }

    @Test
    void aSheetIsSubmittedOnlyWhenCompleteAndIsThenLocked() {
        ScoreSheet sheet = opened();
        sheet.save(form, 0, choices(A_CRITERION, A_FULL, B_CRITERION, B_LOW), T);
        BusinessException incomplete = assertThrows(BusinessException.class, () -> sheet.submit(form, 0, T));
        assertEquals("rating.sheet.incomplete", incomplete.messageKey());
        assertEquals(1, incomplete.arguments()[0]);
        assertEquals(SheetStatus.DRAFT, sheet.getStatus());

        sheet.save(form, 0, choices(C1_CRITERION, C1_FULL), T);
        assertThrows(ConcurrentChangeException.class, () -> sheet.submit(form, 3, T.plusHours(1)));
        sheet.submit(form, 0, T.plusHours(1));
        assertEquals(SheetStatus.SUBMITTED, sheet.getStatus());
        assertEquals(T.plusHours(1), sheet.getSubmittedAt());
        assertTrue(sheet.counts());

        assertEquals("rating.sheet.submitted", assertThrows(BusinessException.class,
                () -> sheet.save(form, 0, choices(A_CRITERION, A_HALF), T)).messageKey());
        assertEquals("rating.sheet.submitted", assertThrows(BusinessException.class,
                () -> sheet.save(form, 0, choices(A_CRITERION, A_FULL), T)).messageKey(), "locked even for the same choices");
        assertEquals("rating.sheet.submitted", assertThrows(BusinessException.class, () -> sheet.submit(form, 0, T)).messageKey());
        assertEquals(A_FULL, sheet.choices().get(A_CRITERION));
    }

    @Test
    void aConflictIsDeclaredWithANoteAndStands() {
        List<ConflictDeclaration> declarations = new ArrayList<>();
        assertEquals(ScoringState.UNDECLARED, ScoringState.of(declarations, null));
        assertEquals("rating.conflict.noteRequired", assertThrows(BusinessException.class, () -> ConflictDeclaration.declare(
                round.member(), round.product(), declarations, true, "  ", T)).messageKey());
        declarations.add(ConflictDeclaration.declare(round.member(), round.product(), declarations, true,
                "Vợ tôi là thành viên hợp tác xã", T));
        assertEquals(ScoringState.CONFLICT, ScoringState.of(declarations, null));
        assertEquals("rating.conflict.standing", assertThrows(BusinessException.class, () -> ConflictDeclaration.declare(
                round.member(), round.product(), declarations, false, null, T.plusMinutes(1))).messageKey());
        assertEquals("rating.conflict.standing", assertThrows(BusinessException.class, () -> ConflictDeclaration.declare(
                round.member(), round.product(), declarations, true, "Ghi chú khác", T.plusMinutes(1))).messageKey());
    }

    @Test
    void noConflictIsDeclaredOnceAndALaterConflictWithdrawsTheSheet() {
        List<ConflictDeclaration> declarations = new ArrayList<>();
        declarations.add(ConflictDeclaration.declare(round.member(), round.product(), declarations, false, null, T));
        ScoreSheet sheet = new ScoreSheet(round.member(), round.product(), T);
        assertEquals(ScoringState.DRAFT, ScoringState.of(declarations, sheet));
        assertEquals("rating.conflict.alreadyDeclared", assertThrows(BusinessException.class, () -> ConflictDeclaration.declare(
                round.member(), round.product(), declarations, false, null, T)).messageKey());
        sheet.save(form, 0, choices(A_CRITERION, A_FULL), T);

        declarations.add(ConflictDeclaration.declare(round.member(), round.product(), declarations, true,
                "Tôi góp vốn vào cơ sở này", T.plusHours(1)));
        sheet.withdraw();
        assertEquals(ScoringState.CONFLICT, ScoringState.of(declarations, sheet));
        assertEquals("rating.conflict.cannotScore", assertThrows(BusinessException.class,
                () -> sheet.save(form, 0, choices(B_CRITERION, B_LOW), T)).messageKey());
        assertEquals("rating.conflict.cannotScore", assertThrows(BusinessException.class,
                () -> sheet.submit(form, 0, T)).messageKey());
        assertFalse(sheet.counts());
        assertEquals(2, declarations.size(), "both declarations are kept");
    }

    @Test
    void theSecretaryDoesNotScoreAndDeclarationsWaitForTheScoring() {
        assertEquals("rating.council.secretaryDoesNotScore", assertThrows(BusinessException.class,
                () -> ConflictDeclaration.declare(round.secretary(), round.product(), List.of(), false, null, T)).messageKey());
        RoundFixtures.Scored other = RoundFixtures.scored();
        assertEquals("error.notFound", assertThrows(BusinessException.class, () -> ConflictDeclaration.declare(
                other.member(), round.product(), List.of(), false, null, T)).messageKey(), "a member of another council");

        round.round().openResults(round.chair(), T.plusDays(1));
        round.round().conclude();
        assertEquals("rating.round.notScoring", assertThrows(BusinessException.class,
                () -> ConflictDeclaration.declare(round.member(), round.product(), List.of(), false, null, T)).messageKey());
    }

    @Test
    void nothingIsSavedOnceTheRoundIsConcluded() {
        ScoreSheet sheet = opened();
        round.round().openResults(round.chair(), T.plusDays(1));
        round.round().conclude();
        assertEquals("rating.round.notScoring", assertThrows(BusinessException.class,
                () -> sheet.save(form, 0, choices(A_CRITERION, A_FULL), T)).messageKey());
    }
}
