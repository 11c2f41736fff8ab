package vn.ocop.rating.control;

import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.RecognitionAction;
import vn.ocop.rating.entity.RecognitionRule;
import vn.ocop.shared.control.BusinessException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The conclusion a council is offered for a product, from the regime's rules for its level
 * (docs/rules.md; the rules as {@link RecognitionRules#effective} gives them for the unit
 * and date, local practice included). The council decides; this is the proposal.
 *
 * <ul>
 * <li>An incomplete dossier is returned for completion, whatever the score.</li>
 * <li>The level <b>recognises</b> when one of its RECOGNISES rules matches: the class granted
 * (after the star marks) within the rule's classes, the mean at least the rule's minimum score
 * where it has one, and the class at least 3★ (148/QĐ-TTg: only 3★ and above are OCOP
 * products; a rule without classes, Đan Phượng's 2019 district recognition, still needs 3★).</li>
 * <li>It <b>forwards</b> to the next level by the first of its FORWARDS rules that matches the same
 * way: e.g. 148 district forwards 4–5★ from 70 to the province, the province 5★ from 90 to the
 * central level. The class granted counts, not the band: a product of 75 held at 3★ by a star
 * mark is recognised by a 148 district, not forwarded.</li>
 * <li>Otherwise it is not recognised at this level.</li>
 * </ul>
 *
 * @param conclusion the proposal
 * @param stars      the class granted by the council
 * @param forwardTo  the level it is sent to; null unless forwarded
 * @param certain    false when a rule that decided is marked uncertain in the catalogue
 */
public record ConclusionProposal(Conclusion conclusion, int stars, EvaluationLevel forwardTo, boolean certain) {

    /** Arguments: the level. */
    public static final String LEVEL_NOT_EVALUATING = "rating.result.level_not_evaluating";

    /** The lowest class that is an OCOP product. */
    public static final int LOWEST_RECOGNISED = 3;

    public static ConclusionProposal of(List<RecognitionRule> rules, EvaluationLevel level, ProductResult result,
                                        boolean dossierComplete) {
        return of(rules, level, result.mean(), result.stars(), dossierComplete);
    }

    /**
     * @param rules           the effective rules of the regime for the unit and date (all levels)
     * @param level           the level whose council concludes
     * @param mean            the council's mean (two decimals)
     * @param stars           the class granted, after the star marks
     * @param dossierComplete false when the council finds the dossier incomplete
     * @throws BusinessException {@value #LEVEL_NOT_EVALUATING} when the level does not evaluate under these rules
     */
    public static ConclusionProposal of(List<RecognitionRule> rules, EvaluationLevel level, BigDecimal mean, int stars,
                                        boolean dossierComplete) {
        List<RecognitionRule> own = rules.stream().filter(rule -> rule.getLevel() == level).toList();
        if (own.stream().noneMatch(rule -> rule.getAction() == RecognitionAction.EVALUATES)) {
            throw new BusinessException(LEVEL_NOT_EVALUATING, level);
        }
        if (!dossierComplete) {
            return new ConclusionProposal(Conclusion.RETURN_FOR_COMPLETION, stars, null, true);
        }
        RecognitionRule recognises = first(own, RecognitionAction.RECOGNISES, mean, stars);
        RecognitionRule forwards = first(own, RecognitionAction.FORWARDS, mean, stars);
        boolean certain = (recognises == null || recognises.isCertain()) && (forwards == null || forwards.isCertain());
        EvaluationLevel to = forwards == null ? null : forwards.getToLevel();
        Conclusion conclusion;
        if (recognises != null) {
            conclusion = forwards != null ? Conclusion.RECOGNISE_AND_FORWARD : Conclusion.RECOGNISE;
        } else {
            conclusion = forwards != null ? Conclusion.FORWARD : Conclusion.NOT_RECOGNISED;
        }
        return new ConclusionProposal(conclusion, stars, to, certain);
    }

    /** The classes a level may recognise under these rules, ascending (3–5 for a rule without classes). */
    public static List<Integer> recognisable(List<RecognitionRule> rules, EvaluationLevel level) {
        List<Integer> classes = new ArrayList<>();
        for (int stars = LOWEST_RECOGNISED; stars <= 5; stars++) {
            int s = stars;
            if (rules.stream().anyMatch(rule -> rule.getLevel() == level && rule.getAction() == RecognitionAction.RECOGNISES
                    && within(rule, s))) {
                classes.add(stars);
            }
        }
        return classes;
    }

    private static RecognitionRule first(List<RecognitionRule> rules, RecognitionAction action, BigDecimal mean, int stars) {
        if (stars < LOWEST_RECOGNISED) {
            return null;
        }
        return rules.stream().filter(rule -> rule.getAction() == action && within(rule, stars)
                        && (rule.getMinScore() == null || mean.compareTo(rule.getMinScore()) >= 0))
                .findFirst().orElse(null);
    }

    private static boolean within(RecognitionRule rule, int stars) {
        return (rule.getStarsFrom() == null || stars >= rule.getStarsFrom())
                && (rule.getStarsTo() == null || stars <= rule.getStarsTo());
    }
}
