package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.Conclusion;
import vn.ocop.rating.control.ConclusionProposal;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.entity.ConflictDeclaration;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.PaperEntry;
import vn.ocop.rating.entity.ScoreSheet;
import vn.ocop.rating.entity.SheetRevision;
import vn.ocop.rating.entity.SheetStatus;
import vn.ocop.shared.control.BusinessException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * The council's conclusion on a product (the proposal or less, a lesser one with its reason), the
 * chair's re-score (the submitted sheet kept in the history, the sheet reopened), the paper
 * fallback's comparison of two entries, and the history's text form.
 */
class ConclusionAndRescoreTest {

    private final RoundFixtures.Scored round = RoundFixtures.scored();
    private final SheetChoices form = RoundFixtures.form();
    private static final Map<Long, Long> COMPLETE = Map.of(A_CRITERION, A_FULL, B_CRITERION, B_LOW, C1_CRITERION, C1_FULL);

    private ScoreSheet submitted() {
        ConflictDeclaration.declare(round.member(), round.product(), List.of(), false, null, T);
        ScoreSheet sheet = new ScoreSheet(round.member(), round.product(), T);
        sheet.save(form, 0, COMPLETE, T);
        sheet.submit(form, 0, T.plusMinutes(30));
        return sheet;
    }

    private static ConclusionProposal proposal(Conclusion conclusion) {
        return new ConclusionProposal(conclusion, 4, conclusion == Conclusion.FORWARD ? EvaluationLevel.PROVINCE : null, true);
    }

    @Test
    void theCouncilKeepsTheProposalOrConcludesLessWithItsReason() {
        var product = round.product();
        assertEquals("rating.round.resultsNotOpen", assertThrows(BusinessException.class,
                () -> product.decide(Conclusion.NOT_RECOGNISED, proposal(Conclusion.FORWARD), "x")).messageKey(),
                "no conclusion before the chair opened the results");
        round.round().openResults(round.chair(), T.plusHours(2));

        assertEquals("rating.result.conclusionNotAllowed", assertThrows(BusinessException.class,
                () -> product.decide(Conclusion.RECOGNISE, proposal(Conclusion.NOT_RECOGNISED), "tốt")).messageKey(),
                "never more than the rules give");
        assertEquals("rating.result.conclusionReason", assertThrows(BusinessException.class,
                () -> product.decide(Conclusion.RETURN_FOR_COMPLETION, proposal(Conclusion.FORWARD), " ")).messageKey());
        assertNull(product.getConclusion(), "a refused conclusion changes nothing");

        product.decide(Conclusion.RETURN_FOR_COMPLETION, proposal(Conclusion.FORWARD), "Thiếu phiếu kiểm nghiệm");
        assertEquals(Conclusion.RETURN_FOR_COMPLETION, product.conclusionOr(proposal(Conclusion.FORWARD)));
        product.decide(Conclusion.FORWARD, proposal(Conclusion.FORWARD), null);
        assertNull(product.getConclusion(), "back to the proposal: nothing of the council's own is kept");
        assertEquals(Conclusion.FORWARD, product.conclusionOr(proposal(Conclusion.FORWARD)));
    }

    @Test
    void aRescoreKeepsTheSubmittedSheetAndReopensIt() {
        ScoreSheet sheet = submitted();
        assertEquals("rating.rescore.reasonRequired", assertThrows(BusinessException.class,
                () -> sheet.reopen(BigDecimal.TEN, "chu.tich", "  ", T.plusHours(1))).messageKey());
        SheetRevision revision = sheet.reopen(new BigDecimal("12.50"), "chu.tich", "Chấm nhầm tiêu chí A", T.plusHours(1));
        assertEquals(COMPLETE, revision.choices());
        assertEquals(T.plusMinutes(30), revision.getSubmittedAt());
        assertEquals(new BigDecimal("12.50"), revision.getTotal());
        assertEquals(SheetStatus.DRAFT, sheet.getStatus());
        assertNull(sheet.getSubmittedAt());
        assertFalse(sheet.counts(), "a reopened sheet does not count until submitted again");
        assertEquals(COMPLETE, sheet.choices(), "the member starts from their earlier choices");
        assertEquals("rating.rescore.notSubmitted", assertThrows(BusinessException.class,
                () -> sheet.reopen(BigDecimal.ONE, "chu.tich", "again", T.plusHours(2))).messageKey());
        sheet.save(form, 0, Map.of(A_CRITERION, A_HALF), T.plusHours(3));
        sheet.submit(form, 0, T.plusHours(3));
        assertTrue(sheet.counts());
    }

    @Test
    void twoPaperEntriesAreComparedCriterionByCriterion() {
        PaperEntry first = new PaperEntry(round.product(), round.member(), "can.bo1", COMPLETE, T);
        PaperEntry same = new PaperEntry(round.product(), round.member(), "can.bo2", COMPLETE, T);
        assertTrue(first.differences(same).isEmpty());
        PaperEntry typo = new PaperEntry(round.product(), round.member(), "can.bo2",
                Map.of(A_CRITERION, A_HALF, B_CRITERION, B_LOW), T);
        assertEquals(Set.of(A_CRITERION, C1_CRITERION), first.differences(typo), "a different option, and one keyed only once");
        typo.rekey(COMPLETE, T.plusMinutes(5));
        assertTrue(first.differences(typo).isEmpty());
    }

    @Test
    void aPaperSheetAgreedIsSubmittedOnTheMembersBehalfOnlyWhenComplete() {
        ConflictDeclaration.declare(round.member(), round.product(), List.of(), false, "Phiếu giấy", T);
        ScoreSheet sheet = new ScoreSheet(round.member(), round.product(), T);
        assertEquals("rating.sheet.incomplete", assertThrows(BusinessException.class,
                () -> sheet.enterFromPaper(form, Map.of(A_CRITERION, A_FULL), T)).messageKey());
        ScoreSheet whole = new ScoreSheet(round.other(), round.product(), T);
        whole.enterFromPaper(form, COMPLETE, T.plusMinutes(1));
        assertEquals(SheetStatus.SUBMITTED, whole.getStatus());
        assertEquals(COMPLETE, whole.choices());
    }

    @Test
    void choicesAreKeptAsTextAndReadBack() {
        assertEquals("3:4,7:9", SheetRevision.format(new java.util.TreeMap<>(Map.of(3L, 4L, 7L, 9L))));
        assertEquals(Map.of(3L, 4L, 7L, 9L), SheetRevision.parse("3:4,7:9"));
        assertTrue(SheetRevision.parse("").isEmpty());
    }
}
