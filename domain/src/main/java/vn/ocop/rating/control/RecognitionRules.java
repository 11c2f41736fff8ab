package vn.ocop.rating.control;

import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.RecognitionRule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules that govern one unit's evaluations on a date: the regime's national rules, except for
 * the levels where the unit has a local practice in force, whose rules replace the national ones
 * of those levels (e.g. Đan Phượng's 2019 plan replaces the district's rules, not the city's).
 */
public final class RecognitionRules {

    private RecognitionRules() {
    }

    public static List<RecognitionRule> effective(List<RecognitionRule> rules, Long unitId, LocalDate date) {
        List<RecognitionRule> local = rules.stream().filter(rule -> rule.practiceOf(unitId, date)).toList();
        Set<EvaluationLevel> replaced = EnumSet.noneOf(EvaluationLevel.class);
        local.forEach(rule -> replaced.add(rule.getLevel()));
        return rules.stream()
                .filter(rule -> rule.isLocal() ? local.contains(rule) : !replaced.contains(rule.getLevel()))
                .toList();
    }
}
