package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitType;
import vn.ocop.rating.control.Conclusion;
import vn.ocop.rating.control.ConclusionProposal;
import vn.ocop.rating.control.RecognitionRules;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.RecognitionAction;
import vn.ocop.rating.entity.RecognitionRule;
import vn.ocop.shared.control.BusinessException;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.ocop.rating.entity.EvaluationLevel.CENTRAL;
import static vn.ocop.rating.entity.EvaluationLevel.COMMUNE;
import static vn.ocop.rating.entity.EvaluationLevel.DISTRICT;
import static vn.ocop.rating.entity.EvaluationLevel.PROVINCE;
import static vn.ocop.rating.entity.RecognitionAction.EVALUATES;
import static vn.ocop.rating.entity.RecognitionAction.FORWARDS;
import static vn.ocop.rating.entity.RecognitionAction.PRESCREENS;
import static vn.ocop.rating.entity.RecognitionAction.RECOGNISES;

/** The conclusion offered per level and regime, with the rules of migration V6 (docs/rules.md, "The regimes and who does what"). */
class ConclusionProposalTest {

    private static RecognitionRule rule(EvaluationLevel level, RecognitionAction action, Integer from, Integer to, Integer score,
                                        EvaluationLevel next) {
        return new RecognitionRule(level, action, from, to, score == null ? null : BigDecimal.valueOf(score), next);
    }

    /** A rule the catalogue marks uncertain (the entity has no setter: the data sets it). */
    private static RecognitionRule uncertain(RecognitionRule rule) {
        try {
            Field certain = RecognitionRule.class.getDeclaredField("certain");
            certain.setAccessible(true);
            certain.setBoolean(rule, false);
            return rule;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<RecognitionRule> R148 = List.of(
            rule(DISTRICT, EVALUATES, null, null, null, null),
            rule(DISTRICT, RECOGNISES, 3, 3, null, null),
            rule(DISTRICT, FORWARDS, 4, 5, 70, PROVINCE),
            rule(PROVINCE, EVALUATES, null, null, null, null),
            rule(PROVINCE, RECOGNISES, 4, 4, null, null),
            rule(PROVINCE, FORWARDS, 5, 5, 90, CENTRAL),
            rule(CENTRAL, EVALUATES, null, null, null, null),
            rule(CENTRAL, RECOGNISES, 5, 5, null, null));

    private static final List<RecognitionRule> R1489 = List.of(
            rule(COMMUNE, PRESCREENS, null, null, null, PROVINCE),
            rule(PROVINCE, EVALUATES, null, null, null, null),
            rule(PROVINCE, RECOGNISES, 3, 4, null, null),
            rule(PROVINCE, FORWARDS, 5, 5, 90, CENTRAL),
            rule(CENTRAL, EVALUATES, null, null, null, null),
            rule(CENTRAL, RECOGNISES, 5, 5, null, null));

    /** 1048 national rules, then Đan Phượng's 2019 plan for its district (all uncertain). */
    private static List<RecognitionRule> r1048() {
        AdministrativeUnit danPhuong = new AdministrativeUnit(2L, "273", "Huyện Đan Phượng", UnitType.RURAL_DISTRICT, null,
                LocalDate.of(2008, 8, 1), LocalDate.of(2025, 6, 30));
        LocalDate from = LocalDate.of(2019, 1, 1);
        LocalDate to = LocalDate.of(2019, 12, 31);
        List<RecognitionRule> rules = new ArrayList<>(List.of(
                rule(DISTRICT, EVALUATES, null, null, null, null),
                rule(DISTRICT, FORWARDS, 3, 5, 50, PROVINCE),
                rule(PROVINCE, EVALUATES, null, null, null, null),
                uncertain(rule(PROVINCE, RECOGNISES, 3, 4, null, null)),
                rule(PROVINCE, FORWARDS, 5, 5, 90, CENTRAL),
                rule(CENTRAL, EVALUATES, null, null, null, null),
                rule(CENTRAL, RECOGNISES, 5, 5, null, null)));
        rules.add(uncertain(rule(DISTRICT, EVALUATES, null, null, null, null).practiceOf(danPhuong, from, to)));
        rules.add(uncertain(rule(DISTRICT, RECOGNISES, null, null, 50, null).practiceOf(danPhuong, from, to)));
        rules.add(uncertain(rule(DISTRICT, FORWARDS, 3, 4, 50, PROVINCE).practiceOf(danPhuong, from, to)));
        rules.add(uncertain(rule(DISTRICT, FORWARDS, 5, 5, 90, CENTRAL).practiceOf(danPhuong, from, to)));
        return rules;
    }

    private static String propose(List<RecognitionRule> rules, EvaluationLevel level, String mean, int stars) {
        ConclusionProposal p = ConclusionProposal.of(rules, level, new BigDecimal(mean), stars, true);
        return p.conclusion() + (p.forwardTo() == null ? "" : " " + p.forwardTo()) + (p.certain() ? "" : " (uncertain)");
    }

    @Test
    void under148TheDistrictRecognisesThreeStarsAndForwardsFromSeventy() {
        assertEquals("RECOGNISE", propose(R148, DISTRICT, "65.00", 3));
        assertEquals("FORWARD PROVINCE", propose(R148, DISTRICT, "70.00", 4));
        assertEquals("FORWARD PROVINCE", propose(R148, DISTRICT, "92.40", 5), "the district sends 5★ candidates to the province");
        assertEquals("NOT_RECOGNISED", propose(R148, DISTRICT, "49.99", 2));
        assertEquals("RECOGNISE", propose(R148, DISTRICT, "75.00", 3), "a star mark holds 75 at 3★: recognised, not forwarded");
        assertEquals(List.of(3), ConclusionProposal.recognisable(R148, DISTRICT));
    }

    @Test
    void under148TheProvinceRecognisesFourStarsAndForwardsFromNinety() {
        assertEquals("RECOGNISE", propose(R148, PROVINCE, "75.00", 4));
        assertEquals("FORWARD CENTRAL", propose(R148, PROVINCE, "90.00", 5));
        assertEquals("RECOGNISE", propose(R148, PROVINCE, "93.00", 4), "held at 4★ by a star mark");
        assertEquals("NOT_RECOGNISED", propose(R148, PROVINCE, "65.00", 3), "3★ is the district's to recognise");
        assertEquals("RECOGNISE", propose(R148, CENTRAL, "91.00", 5));
        assertEquals("NOT_RECOGNISED", propose(R148, CENTRAL, "88.00", 4));
        assertEquals(List.of(4), ConclusionProposal.recognisable(R148, PROVINCE));
    }

    @Test
    void after1489TheProvinceRecognisesThreeAndFourStarsAndTheDistrictNoLongerEvaluates() {
        assertEquals("RECOGNISE", propose(R1489, PROVINCE, "55.00", 3));
        assertEquals("FORWARD CENTRAL", propose(R1489, PROVINCE, "95.00", 5));
        assertEquals(List.of(3, 4), ConclusionProposal.recognisable(R1489, PROVINCE));
        BusinessException e = assertThrows(BusinessException.class, () -> propose(R1489, DISTRICT, "55.00", 3));
        assertEquals(ConclusionProposal.LEVEL_NOT_EVALUATING, e.messageKey());
        assertEquals(ConclusionProposal.LEVEL_NOT_EVALUATING,
                assertThrows(BusinessException.class, () -> propose(R1489, COMMUNE, "55.00", 3)).messageKey());
    }

    @Test
    void under1048TheDistrictForwardsFromFiftyAndTheProvinceRecognisesUncertainly() {
        List<RecognitionRule> national = RecognitionRules.effective(r1048(), 3L, LocalDate.of(2019, 10, 15));
        assertEquals("FORWARD PROVINCE", propose(national, DISTRICT, "50.00", 3));
        assertEquals("NOT_RECOGNISED", propose(national, DISTRICT, "49.99", 2));
        assertEquals(List.of(), ConclusionProposal.recognisable(national, DISTRICT));
        assertEquals("RECOGNISE (uncertain)", propose(national, PROVINCE, "72.00", 4));
        assertEquals("FORWARD CENTRAL", propose(national, PROVINCE, "90.00", 5));
    }

    @Test
    void danPhuongIn2019RecognisedAtDistrictLevelAndSentItsBestOn() {
        List<RecognitionRule> rules = RecognitionRules.effective(r1048(), 2L, LocalDate.of(2019, 10, 15));
        assertEquals("RECOGNISE_AND_FORWARD PROVINCE (uncertain)", propose(rules, DISTRICT, "55.00", 3));
        assertEquals("RECOGNISE_AND_FORWARD PROVINCE (uncertain)", propose(rules, DISTRICT, "89.99", 4));
        assertEquals("RECOGNISE_AND_FORWARD CENTRAL (uncertain)", propose(rules, DISTRICT, "90.00", 5));
        assertEquals("NOT_RECOGNISED", propose(rules, DISTRICT, "45.00", 2));
        assertEquals("NOT_RECOGNISED", propose(rules, DISTRICT, "60.00", 2), "a 3★ mark missed: no OCOP product, whatever the score");
        assertEquals(List.of(3, 4, 5), ConclusionProposal.recognisable(rules, DISTRICT));
    }

    @Test
    void anIncompleteDossierGoesBackWhateverTheScore() {
        ConclusionProposal p = ConclusionProposal.of(R148, DISTRICT, new BigDecimal("80.00"), 4, false);
        assertEquals(Conclusion.RETURN_FOR_COMPLETION, p.conclusion());
        assertEquals(4, p.stars());
        assertEquals(null, p.forwardTo());
    }
}
