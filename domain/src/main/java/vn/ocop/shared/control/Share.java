package vn.ocop.shared.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share of people or things, {@code part} of {@code whole}, compared exactly and rounded only to be
 * shown. A target in % is reached when part / whole ≥ target / 100, i.e. part × 100 ≥ target × whole
 * (no rounding: 2,000 of 2,001 is 99.95 %, short of 100 %). Shown with one decimal, half up, except
 * that a share short of the whole never shows as 100.0 (it shows 99.9): "100 %" means everybody.
 * An empty whole is 100 % and reaches every target (nobody left to count).
 */
public record Share(long part, long whole) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ALMOST = new BigDecimal("99.9");

    public Share {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("a share of negative numbers");
        }
    }

    /** Whether the share reaches the target in % exactly. */
    public boolean reaches(BigDecimal targetPercent) {
        if (whole == 0) {
            return true;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(targetPercent.multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    /** The share in % to show: one decimal, half up; 99.9 rather than 100.0 while somebody is missing. */
    public BigDecimal percent() {
        if (whole == 0) {
            return HUNDRED.setScale(1, RoundingMode.UNNECESSARY);
        }
        BigDecimal shown = BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return part < whole && shown.compareTo(HUNDRED) >= 0 ? ALMOST : shown;
    }

    /**
     * How much of the target in % the share reaches, in % with one decimal, half up, like the share itself;
     * 99.9 at most while the target is not reached exactly; 100.0 for a target of zero.
     */
    public BigDecimal reachedOf(BigDecimal targetPercent) {
        if (targetPercent.signum() == 0 || whole == 0) {
            return HUNDRED.setScale(1, RoundingMode.UNNECESSARY);
        }
        BigDecimal reached = BigDecimal.valueOf(part).multiply(HUNDRED).multiply(HUNDRED)
                .divide(targetPercent.multiply(BigDecimal.valueOf(whole)), 1, RoundingMode.HALF_UP);
        return capped(reached, reaches(targetPercent));
    }

    /** A figure of how much is reached, one decimal: never 100.0 or more while short, never under 100.0 once reached. */
    public static BigDecimal capped(BigDecimal reached, boolean isReached) {
        BigDecimal whole = HUNDRED.setScale(1, RoundingMode.UNNECESSARY);
        if (isReached) {
            return reached.max(whole);
        }
        return reached.compareTo(HUNDRED) >= 0 ? ALMOST : reached;
    }
}
