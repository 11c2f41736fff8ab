package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.identity.entity.Role;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.rating.control.GateRule;
import vn.ocop.rating.entity.AdvisoryMember;
import vn.ocop.rating.entity.Council;
import vn.ocop.rating.entity.CouncilMember;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.rating.entity.RoundStatus;
import vn.ocop.rating.entity.ScoringState;
import vn.ocop.registration.entity.Product;
import vn.ocop.shared.control.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.rating.RoundFixtures.ENDS;
import static vn.ocop.rating.RoundFixtures.PROCESSED;
import static vn.ocop.rating.RoundFixtures.STARTS;
import static vn.ocop.rating.RoundFixtures.T;
import static vn.ocop.rating.RoundFixtures.TEA;

/**
 * Rounds and councils: the level and the criteria set follow the regime of the first day; only
 * products with a submitted dossier and a usable sheet enter; the council needs its decision, one
 * chair and council accounts; OPEN → SCORING → CONCLUDED, with the results opened by the chair, and
 * the sheets sealed until then.
 */
class RoundRulesTest {

    private static String refused(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(BusinessException.class, call).messageKey();
    }

    @Test
    void theRoundScoresOnTheCriteriaSetOfTheRegimeOfItsFirstDay() {
        EvaluationRound round = RoundFixtures.round();
        assertEquals(RoundStatus.OPEN, round.getStatus());
        assertEquals("148/QĐ-TTg", round.getCriteriaSet().getCode());
        assertEquals("148", round.getRegime().getCode());
        assertTrue(round.getCouncil() != null && round.getCouncil().getMembers().isEmpty());
        assertEquals(Council.DEFAULT_QUORUM_PERCENT, round.getCouncil().getQuorumPercent());
        assertEquals(0, BigDecimal.TEN.compareTo(round.getCouncil().getMaxSpread()));
    }

    @Test
    void aRoundFormWithSeveralMistakesNamesEachOnItsField() {
        BusinessException refused = assertThrows(BusinessException.class, () -> new EvaluationRound(null, null,
                RoundFixtures.regime148(), " ", null, STARTS, null));
        assertEquals(java.util.List.of("level error.required", "title error.required", "endsOn error.required", "year error.required"),
                refused.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList());
    }

    @Test
    void aRoundNeedsALevelThatEvaluatesDatesInOrderAndAYear() {
        assertEquals("rating.round.level", refused(() -> new EvaluationRound(EvaluationLevel.COMMUNE, 2024,
                RoundFixtures.regime148(), "Đợt xã", null, STARTS, ENDS)));
        assertEquals("rating.round.levelNotEvaluating", refused(() -> new EvaluationRound(EvaluationLevel.DISTRICT, 2025,
                RoundFixtures.regime1489(), "Đợt huyện sau 1489", null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5))),
                "1489/QĐ-TTg abolished the district level");
        new EvaluationRound(EvaluationLevel.PROVINCE, 2025, RoundFixtures.regime1489(), "Đợt thành phố", null,
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5));
        assertEquals("rating.regime.none", refused(() -> new EvaluationRound(EvaluationLevel.DISTRICT, 2025,
                RoundFixtures.regime148(), "Ngoài hiệu lực", null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5))));
        assertEquals("rating.round.dates", refused(() -> new EvaluationRound(EvaluationLevel.DISTRICT, 2024,
                RoundFixtures.regime148(), "Đợt 1", null, ENDS, STARTS)));
        assertEquals("rating.round.year", refused(() -> new EvaluationRound(EvaluationLevel.DISTRICT, 2021,
                RoundFixtures.regime148(), "Đợt 1", null, STARTS, ENDS)));
        assertEquals("error.required", refused(() -> new EvaluationRound(EvaluationLevel.DISTRICT, 2024,
                RoundFixtures.regime148(), " ", null, STARTS, ENDS)));
        BusinessException field = assertThrows(BusinessException.class, () -> new EvaluationRound(EvaluationLevel.DISTRICT,
                2024, RoundFixtures.regime148(), "Đợt 1", null, STARTS, null));
        assertEquals("endsOn", field.field());
    }

    @Test
    void onlySubmittedDossiersWithAUsableSheetOfTheRoundsCriteriaSetEnter() {
        EvaluationRound round = RoundFixtures.round();
        Product idea = RoundFixtures.idea("Ý tưởng bánh", PROCESSED);
        assertEquals("rating.round.dossierNotSubmitted", refused(() -> round.add(idea, RoundFixtures.usableSheet(PROCESSED), T)));
        Product tea = RoundFixtures.submitted("Chè sen", TEA);
        assertEquals("rating.round.sheetNotUsable", refused(() -> round.add(tea, RoundFixtures.faultySheet(TEA), T)));
        assertEquals("rating.round.noSheet", refused(() -> round.add(tea, null, T)));
        Product old = RoundFixtures.submitted("Rau 2019", RoundFixtures.FRESH_1048);
        assertEquals("rating.round.otherCriteriaSet", refused(() -> round.add(old, RoundFixtures.usableSheet(PROCESSED), T)));

        Product jam = RoundFixtures.submitted("Mứt sen", PROCESSED);
        RoundProduct added = round.add(jam, RoundFixtures.usableSheet(PROCESSED), T);
        assertEquals(PROCESSED.getId(), added.getSheetId());
        assertEquals("rating.round.productTwice", refused(() -> round.add(jam, RoundFixtures.usableSheet(PROCESSED), T)));
        assertEquals(1, round.getProducts().size());
        round.remove(jam);
        assertTrue(round.getProducts().isEmpty());
    }

    @Test
    void theCouncilTakesCouncilAccountsOnceWithOneChair() {
        Council council = RoundFixtures.round().getCouncil();
        UserAccount chair = RoundFixtures.user("chu.tich", Role.COUNCIL);
        council.appoint(chair, MemberRole.CHAIR, "Phó Chủ tịch UBND huyện");
        assertEquals("rating.council.oneChair", refused(() -> council.appoint(RoundFixtures.user("khac", Role.COUNCIL),
                MemberRole.CHAIR, null)));
        assertEquals("rating.council.alreadyMember", refused(() -> council.appoint(chair, MemberRole.MEMBER, null)));
        assertEquals("rating.council.notCouncilUser", refused(() -> council.appoint(RoundFixtures.user("can.bo", Role.OFFICER),
                MemberRole.MEMBER, null)));
        UserAccount disabled = RoundFixtures.user("nghi.huu", Role.COUNCIL);
        disabled.setEnabled(false);
        assertEquals("rating.council.notCouncilUser", refused(() -> council.appoint(disabled, MemberRole.MEMBER, null)));

        AdvisoryMember lead = council.addAdvisor(RoundFixtures.user("to.truong", Role.OFFICER), true, "Trưởng phòng Kinh tế");
        assertTrue(lead.isLead());
        assertEquals("rating.advisory.oneLead", refused(() -> council.addAdvisor(RoundFixtures.user("to.vien", Role.COUNCIL),
                true, null)));
        assertEquals("rating.council.alreadyMember", refused(() -> council.addAdvisor(chair, false, null)),
                "a member of the council does not advise it");
        assertEquals("rating.advisory.user", refused(() -> council.addAdvisor(RoundFixtures.user("lanh.dao", Role.LEADER), false, null)));
        council.removeAdvisor(lead);
        assertTrue(council.getAdvisors().isEmpty());
    }

    @Test
    void aCouncilDialogHearsEveryProblemAtOnce() {
        Council council = RoundFixtures.round().getCouncil();
        council.appoint(RoundFixtures.user("chu.tich", Role.COUNCIL), MemberRole.CHAIR, null);
        String tooLong = "x".repeat(Council.MAX_POSITION + 1);
        assertEquals(List.of("user:rating.council.notCouncilUser", "role:rating.council.oneChair", "position:error.tooLong"),
                problems(() -> council.appoint(RoundFixtures.user("can.bo", Role.OFFICER), MemberRole.CHAIR, tooLong)));
        assertEquals(List.of("user:error.required", "role:error.required"), problems(() -> council.appoint(null, null, null)));
        council.addAdvisor(RoundFixtures.user("to.truong", Role.OFFICER), true, null);
        assertEquals(List.of("advisor:rating.advisory.user", "lead:rating.advisory.oneLead", "position:error.tooLong"),
                problems(() -> council.addAdvisor(RoundFixtures.user("lanh.dao", Role.LEADER), true, tooLong)));
        assertEquals(1, council.getMembers().size(), "nothing was added by a refused appointment");
        assertEquals(1, council.getAdvisors().size());
    }

    private static List<String> problems(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(BusinessException.class, call).problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void theDecisionAndTheRulesOfTheCouncilAreChecked() {
        Council council = RoundFixtures.round().getCouncil();
        assertEquals("error.required", refused(() -> council.establish(" ", STARTS, 75, true, BigDecimal.TEN)));
        assertEquals("rating.council.decisionDate", refused(() -> council.establish("125/QĐ-UBND", ENDS.plusDays(1), 75, true,
                BigDecimal.TEN)));
        assertEquals("rating.council.quorum", refused(() -> council.establish("125/QĐ-UBND", STARTS, 0, true, BigDecimal.TEN)));
        assertEquals("rating.council.spread", refused(() -> council.establish("125/QĐ-UBND", STARTS, 75, true, BigDecimal.ZERO)));
        BusinessException several = assertThrows(BusinessException.class, () -> council.establish("", ENDS.plusDays(1), null, true,
                null, null));
        assertEquals(java.util.List.of("decisionNumber error.required", "decisionDate rating.council.decisionDate", "quorumPercent error.required",
                "maxSpread error.required", "gateRule error.required"),
                several.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList(), "every problem at once");
        assertNull(council.getDecisionNumber(), "nothing taken");
        council.establish("125/QĐ-UBND", STARTS.minusDays(7), 60, false, new BigDecimal("8"));
        assertEquals("125/QĐ-UBND", council.getDecisionNumber());
        assertEquals(60, council.getQuorumPercent());
        assertFalse(council.isChairRequired());
        assertEquals(GateRule.MAJORITY, council.getGateRule(), "star marks met by more than half of the sheets unless chosen otherwise");
        assertEquals("error.required", refused(() -> council.establish("125/QĐ-UBND", STARTS, 75, true, BigDecimal.TEN, null)));
        council.establish("125/QĐ-UBND", STARTS.minusDays(7), 60, false, new BigDecimal("8"), GateRule.MEAN);
        assertEquals(GateRule.MEAN, council.getGateRule());
    }

    @Test
    void scoringStartsWithProductsAndAReadyCouncil() {
        EvaluationRound round = RoundFixtures.round();
        assertEquals("rating.round.noProducts", refused(round::startScoring));
        round.add(RoundFixtures.submitted("Mứt sen", PROCESSED), RoundFixtures.usableSheet(PROCESSED), T);
        assertEquals("rating.council.noDecision", refused(round::startScoring));
        round.getCouncil().establish("125/QĐ-UBND", STARTS.minusDays(7), 75, true, BigDecimal.TEN);
        assertEquals("rating.council.noChair", refused(round::startScoring));
        CouncilMember secretary = round.getCouncil().appoint(RoundFixtures.user("thu.ky", Role.COUNCIL), MemberRole.SECRETARY, null);
        assertEquals("rating.council.noChair", refused(round::startScoring));
        round.getCouncil().appoint(RoundFixtures.user("chu.tich", Role.COUNCIL), MemberRole.CHAIR, null);
        assertFalse(secretary.getRole().scores());
        round.startScoring();
        assertEquals(RoundStatus.SCORING, round.getStatus());
    }

    @Test
    void onceScoringTheProductsAndTheCouncilAreFixed() {
        RoundFixtures.Scored scored = RoundFixtures.scored();
        EvaluationRound round = scored.round();
        assertEquals("rating.round.notOpen", refused(() -> round.add(RoundFixtures.submitted("Bánh", PROCESSED),
                RoundFixtures.usableSheet(PROCESSED), T)));
        assertEquals("rating.round.notOpen", refused(() -> round.remove(scored.product().getProduct())));
        assertEquals("rating.round.notOpen", refused(() -> round.getCouncil().appoint(RoundFixtures.user("muon", Role.COUNCIL),
                MemberRole.MEMBER, null)));
        assertEquals("rating.round.notOpen", refused(() -> round.getCouncil().dismiss(scored.member())));
        assertEquals("rating.round.notOpen", refused(() -> round.describe(2024, "Tên khác", null, STARTS, ENDS,
                RoundFixtures.regime148())));
        assertEquals("rating.round.notOpen", refused(round::startScoring));
    }

    @Test
    void onlyTheChairOpensTheResultsOnceAndTheRoundConcludesAfter() {
        RoundFixtures.Scored scored = RoundFixtures.scored();
        EvaluationRound round = scored.round();
        assertEquals("rating.round.resultsNotOpen", refused(round::conclude));
        assertEquals("rating.results.chairOnly", refused(() -> round.openResults(scored.member(), T)));
        assertEquals("rating.results.chairOnly", refused(() -> round.openResults(RoundFixtures.scored().chair(), T)),
                "the chair of another council");
        round.openResults(scored.chair(), T.plusDays(1));
        assertTrue(round.isResultsOpened());
        assertEquals("chu.tich", round.getResultsOpenedBy());
        assertEquals("rating.results.alreadyOpen", refused(() -> round.openResults(scored.chair(), T)));
        round.conclude();
        assertEquals(RoundStatus.CONCLUDED, round.getStatus());
        assertNull(RoundStatus.CONCLUDED.next());
        assertEquals("rating.round.notScoring", refused(round::conclude));
    }

    @Test
    void sheetsAreSealedUntilTheResultsAreOpenedAndTheViewerSubmitted() {
        RoundFixtures.Scored scored = RoundFixtures.scored();
        EvaluationRound round = scored.round();
        for (ScoringState state : ScoringState.values()) {
            assertFalse(round.sheetsVisibleTo(state), "before the opening: " + state);
        }
        assertFalse(round.sheetsVisibleTo(null), "the office waits for the opening too");
        round.openResults(scored.chair(), T);
        assertTrue(round.sheetsVisibleTo(ScoringState.SUBMITTED));
        assertTrue(round.sheetsVisibleTo(ScoringState.CONFLICT), "nothing to submit, nothing to influence");
        assertFalse(round.sheetsVisibleTo(ScoringState.DRAFT));
        assertFalse(round.sheetsVisibleTo(ScoringState.UNDECLARED));
        assertTrue(round.sheetsVisibleTo(null));
    }
}
