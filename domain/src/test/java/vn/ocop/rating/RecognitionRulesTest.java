package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitType;
import vn.ocop.rating.control.RecognitionRules;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.RecognitionAction;
import vn.ocop.rating.entity.RecognitionRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.rating.entity.EvaluationLevel.CENTRAL;
import static vn.ocop.rating.entity.EvaluationLevel.DISTRICT;
import static vn.ocop.rating.entity.EvaluationLevel.PROVINCE;
import static vn.ocop.rating.entity.RecognitionAction.EVALUATES;
import static vn.ocop.rating.entity.RecognitionAction.FORWARDS;
import static vn.ocop.rating.entity.RecognitionAction.RECOGNISES;

/** A unit's local practice replaces the national rules of its level, only for that unit and during its period. */
class RecognitionRulesTest {

    private static final AdministrativeUnit DAN_PHUONG = unit(2L);

    private static AdministrativeUnit unit(Long id) {
        return new AdministrativeUnit(id, "273", "Huyện Đan Phượng", UnitType.RURAL_DISTRICT, null,
                LocalDate.of(2008, 8, 1), LocalDate.of(2025, 6, 30));
    }

    private static RecognitionRule rule(EvaluationLevel level, RecognitionAction action, Integer from, Integer to, Integer score,
                                        EvaluationLevel next) {
        return new RecognitionRule(level, action, from, to, score == null ? null : BigDecimal.valueOf(score), next);
    }

    /** Regime 1048 (national) and Đan Phượng's 2019 plan. */
    private static final List<RecognitionRule> RULES = List.of(
            rule(DISTRICT, EVALUATES, null, null, null, null),
            rule(DISTRICT, FORWARDS, 3, 5, 50, PROVINCE),
            rule(PROVINCE, EVALUATES, null, null, null, null),
            rule(PROVINCE, RECOGNISES, 3, 4, null, null),
            rule(PROVINCE, FORWARDS, 5, 5, 90, CENTRAL),
            rule(CENTRAL, RECOGNISES, 5, 5, null, null),
            rule(DISTRICT, EVALUATES, null, null, null, null)
                    .practiceOf(DAN_PHUONG, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)),
            rule(DISTRICT, RECOGNISES, null, null, 50, null)
                    .practiceOf(DAN_PHUONG, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)),
            rule(DISTRICT, FORWARDS, 3, 4, 50, PROVINCE)
                    .practiceOf(DAN_PHUONG, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));

    private static List<String> describe(List<RecognitionRule> rules) {
        return rules.stream().map(r -> r.getLevel() + " " + r.getAction() + (r.isLocal() ? " (local)" : "")).toList();
    }

    @Test
    void danPhuongIn2019FollowsItsPlanAtDistrictLevelAndTheNationalRulesAbove() {
        assertEquals(List.of("PROVINCE EVALUATES", "PROVINCE RECOGNISES", "PROVINCE FORWARDS", "CENTRAL RECOGNISES",
                        "DISTRICT EVALUATES (local)", "DISTRICT RECOGNISES (local)", "DISTRICT FORWARDS (local)"),
                describe(RecognitionRules.effective(RULES, 2L, LocalDate.of(2019, 10, 15))));
    }

    @Test
    void otherYearsAndOtherDistrictsFollowTheNationalRules() {
        List<String> national = List.of("DISTRICT EVALUATES", "DISTRICT FORWARDS", "PROVINCE EVALUATES", "PROVINCE RECOGNISES",
                "PROVINCE FORWARDS", "CENTRAL RECOGNISES");
        assertEquals(national, describe(RecognitionRules.effective(RULES, 2L, LocalDate.of(2020, 3, 1))));
        assertEquals(national, describe(RecognitionRules.effective(RULES, 3L, LocalDate.of(2019, 10, 15))));
        assertEquals(national, describe(RecognitionRules.effective(RULES, null, LocalDate.of(2019, 10, 15))));
    }
}
