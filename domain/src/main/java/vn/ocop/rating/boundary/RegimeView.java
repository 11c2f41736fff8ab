package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.RecognitionAction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A regime with its dates, the criteria set it scores on, its national rules and the local
 * practices recorded for it.
 */
public record RegimeView(Long id, String code, String name, String criteriaSet, LocalDate effectiveFrom, LocalDate effectiveTo,
                         String source, List<Rule> rules, List<Rule> localPractice) implements Serializable {

    /**
     * What one level does. For a local practice, the unit and the period.
     *
     * @param starsFrom the star classes recognised (or, when forwarding, decided by the next level), null when none
     * @param minScore  the score from which products are forwarded (or recognised), null when none
     * @param certain   false where the reference marks the rule UNCERTAIN
     */
    public record Rule(EvaluationLevel level, RecognitionAction action, Integer starsFrom, Integer starsTo, BigDecimal minScore,
                       EvaluationLevel toLevel, String unit, LocalDate practiceFrom, LocalDate practiceTo, boolean certain,
                       String source, String note) implements Serializable {

        /** "3–4" or "5" or empty. */
        public String stars() {
            if (starsFrom == null) {
                return "";
            }
            return starsTo == null || starsTo.equals(starsFrom) ? starsFrom.toString() : starsFrom + "–" + starsTo;
        }
    }
}
