package vn.ocop.rating.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far a member may stray from the rest of the council before the council discusses and
 * re-scores (a local rule, "members' scores may not differ by more than 10 points";
 * no national text, hence configurable). A member is flagged when their total differs from the
 * mean of the <em>other</em> members' totals by strictly more than {@code total} points, and on a
 * criterion when their points differ from the other members' mean on it by strictly more than
 * {@code criterionShare} of the criterion's maximum (default one half: on a 5-point criterion 5
 * against others at 2 is flagged, 4 against 2 is not). A council of one flags nobody.
 *
 * @param total          points, default 10
 * @param criterionShare share of a criterion's maximum, default 0.5
 */
public record Spread(BigDecimal total, BigDecimal criterionShare) {

    public static final Spread DEFAULT = new Spread(BigDecimal.TEN, new BigDecimal("0.5"));

    public Spread {
        Objects.requireNonNull(total);
        Objects.requireNonNull(criterionShare);
        if (total.signum() < 0 || criterionShare.signum() < 0) {
            throw new IllegalArgumentException("negative spread");
        }
    }
}
