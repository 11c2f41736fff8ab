package vn.ocop.rating.control;

import java.io.Serializable;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a product falls short of the class above the one granted (none for a 5★ product).
 *
 * @param nextStars    the class above the one granted
 * @param pointsShort  how many points the mean lacks to reach the next class's band (0 when only
 *                     star marks hold it back)
 * @param gatesToMeet  the star marks for the next class and below that the council did not meet
 * @param largestGaps  the criteria furthest below their maximum, largest gap first (ties in print order)
 */
public record UpgradeAdvice(int nextStars, BigDecimal pointsShort, List<GateMiss> gatesToMeet,
                            List<CriterionGap> largestGaps) implements Serializable {

    public UpgradeAdvice {
        gatesToMeet = List.copyOf(gatesToMeet);
        largestGaps = List.copyOf(largestGaps);
    }

    /**
     * @param criterionId the criterion
     * @param criterion   where it is ({@link SheetNode#path()})
     * @param mean        the council's mean on it
     * @param maximum     its best option's points
     * @param gap         maximum − mean
     */
    public record CriterionGap(long criterionId, String criterion, BigDecimal mean, BigDecimal maximum, BigDecimal gap) implements Serializable {
    }
}
