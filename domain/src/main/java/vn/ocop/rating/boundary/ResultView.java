package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.rating.control.Conclusion;
import vn.ocop.rating.control.GateReason;
import vn.ocop.rating.control.UpgradeAdvice;
import vn.ocop.rating.entity.EvaluationLevel;

import java.math.BigDecimal;
import java.util.List;

/**
 * The council's result for one product of a round: the mean of the members' totals and of each
 * part (two decimals), the class by the bands and the class granted after the star marks (with the
 * marks that lowered it), the members who stray beyond the spread, the rules' proposal and the
 * council's conclusion, the upgrade advice. While the round is scoring it is computed from the
 * sheets; once concluded it is the frozen result ({@code frozen}; gates then as printed text).
 *
 * @param mean       null when no sheet counts yet
 * @param gatedBy    the missed star marks that lowered the class, one per mark (live results, and frozen
 *                   results of rounds concluded since they are kept)
 * @param gatedText  the same as printed text (frozen results; live results too)
 * @param gateRule   when the council meets a star mark; null for a sealed row
 * @param conclusion the council's conclusion (the proposal unless the council recorded another)
 * @param revisions  how many re-scores the product's sheets went through
 * @param criteria   per criterion the council's mean, the self-assessment and the pre-score
 * @param selfTotal  the self-assessment's total; null when not recorded
 * @param sealed     the product's result is sealed for the viewer (a council member whose own sheet for it is
 *                   not submitted yet): the row names the product and nothing else
 */
public record ResultView(RoundProductView product, int members, BigDecimal mean, BigDecimal partA, BigDecimal partB,
                         BigDecimal partC, Integer bandStars, Integer stars, List<GateReason> gatedBy, String gatedText,
                         List<Spread> spreads, Conclusion proposal, EvaluationLevel forwardTo, boolean certain,
                         Conclusion conclusion, String conclusionNote, boolean decided, UpgradeAdvice advice,
                         boolean frozen, int revisions, List<CriterionMean> criteria, BigDecimal selfTotal,
                         BigDecimal advisoryTotal, boolean sealed) implements Serializable {

    /** A product whose result is sealed for the viewer: no figure, no class, no member, no conclusion. */
    public static ResultView sealed(RoundProductView product) {
        return new ResultView(product, 0, null, null, null, null, null, null, List.of(), null, List.of(), null, null, false,
                null, null, false, null, false, 0, List.of(), null, null, true);
    }

    /** A member whose total (criterion null) or points on a criterion stray beyond the spread. */
    public record Spread(long memberId, String member, String criterion, BigDecimal points, BigDecimal othersMean,
                         BigDecimal difference) implements Serializable {
    }

    /**
     * The council's mean on one criterion beside the producer's self-assessment and the advisory
     * group's pre-score on it (null where not recorded).
     */
    public record CriterionMean(long criterionId, String criterion, BigDecimal mean, BigDecimal maximum, BigDecimal self,
                                BigDecimal advisory) implements Serializable {
    }

    /** Whether a result exists (at least one sheet counts). */
    public boolean scored() {
        return mean != null;
    }

    /** Whether the star marks lowered the class. */
    public boolean gated() {
        return stars != null && bandStars != null && stars < bandStars;
    }

    /** "★★★★" for the class granted; empty without a result. */
    public String starMarks() {
        return stars == null ? "" : "\u2605".repeat(stars);
    }
}
