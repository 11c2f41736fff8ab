package vn.ocop.rating.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The star classes of a score (148/QĐ-TTg and 1048/QĐ-TTg: the same five bands), as data so that a regime could carry its own: the
 * lowest score of the 2★, 3★, 4★ and 5★ classes, the 1★ class taking everything below. 1048/QĐ-TTg
 * and 148/QĐ-TTg use the same bands, {@link #DEFAULT}: 90–100 5★, 70–89 4★, 50–69 3★, 30–49 2★,
 * under 30 1★.
 *
 * <p><b>Edge rule.</b> The legal wording ("70 đến 89 điểm") leaves gaps for fractional means, so
 * every band is half-open, closed at its lower bound: 5★ [90, 100], 4★ [70, 90), 3★ [50, 70),
 * 2★ [30, 50), 1★ [0, 30). A score exactly on a threshold belongs to the higher class (70.00 is 4★,
 * 69.99 is 3★). The score classed is the council's mean <em>after</em> rounding to two decimals
 * ({@link ProductResult}), so the class always agrees with the mean that is printed. The bands are those of 148/QĐ-TTg and 1048/QĐ-TTg
 * marks the edges UNCERTAIN; the 26/2026 repositories code the same half-open intervals. The UI
 * shows the rule with the message {@link #RULE_KEY} and {@link #ruleArguments()}.
 *
 * @param twoFrom   lowest score of 2★ (30)
 * @param threeFrom lowest score of 3★ (50)
 * @param fourFrom  lowest score of 4★ (70)
 * @param fiveFrom  lowest score of 5★ (90)
 */
public record StarBands(BigDecimal twoFrom, BigDecimal threeFrom, BigDecimal fourFrom, BigDecimal fiveFrom) {

    /** The highest score of a sheet. */
    public static final BigDecimal MAXIMUM = BigDecimal.valueOf(100);

    /** 1048/QĐ-TTg and 148/QĐ-TTg (and 148 as amended by 1489). */
    public static final StarBands DEFAULT = new StarBands(BigDecimal.valueOf(30), BigDecimal.valueOf(50),
            BigDecimal.valueOf(70), BigDecimal.valueOf(90));

    /** The edge rule as the UI shows it; arguments {@link #ruleArguments()} (2★, 3★, 4★, 5★ thresholds). */
    public static final String RULE_KEY = "rating.result.band_rule";

    public StarBands {
        Objects.requireNonNull(twoFrom);
        Objects.requireNonNull(threeFrom);
        Objects.requireNonNull(fourFrom);
        Objects.requireNonNull(fiveFrom);
        if (twoFrom.signum() <= 0 || twoFrom.compareTo(threeFrom) >= 0 || threeFrom.compareTo(fourFrom) >= 0
                || fourFrom.compareTo(fiveFrom) >= 0 || fiveFrom.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("bands must rise within (0, 100]: " + twoFrom + ", " + threeFrom + ", "
                    + fourFrom + ", " + fiveFrom);
        }
    }

    /**
     * The star class (1 to 5) of a score between 0 and 100, bands closed at their lower bound.
     *
     * @throws IllegalArgumentException for a score outside [0, 100]
     */
    public int stars(BigDecimal score) {
        if (score.signum() < 0 || score.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("score outside 0–100: " + score);
        }
        if (score.compareTo(fiveFrom) >= 0) {
            return 5;
        }
        if (score.compareTo(fourFrom) >= 0) {
            return 4;
        }
        if (score.compareTo(threeFrom) >= 0) {
            return 3;
        }
        return score.compareTo(twoFrom) >= 0 ? 2 : 1;
    }

    /** The lowest score of a class: 0 for 1★, then the thresholds. */
    public BigDecimal from(int stars) {
        return switch (stars) {
            case 1 -> BigDecimal.ZERO;
            case 2 -> twoFrom;
            case 3 -> threeFrom;
            case 4 -> fourFrom;
            case 5 -> fiveFrom;
            default -> throw new IllegalArgumentException("no class " + stars);
        };
    }

    /** The arguments of {@link #RULE_KEY}: the lowest score of 2★, 3★, 4★ and 5★. */
    public Object[] ruleArguments() {
        return new Object[] {twoFrom, threeFrom, fourFrom, fiveFrom};
    }
}
