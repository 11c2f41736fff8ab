package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.rating.entity.MemberRole;
import vn.ocop.rating.entity.ScoringState;

import java.math.BigDecimal;
import java.util.List;

/**
 * One of a council member's rounds as they see it: their role and, per product, where they stand and
 * their own total; whether the minutes are open to them (results opened and, for a member who
 * scores, every product submitted or declared a conflict).
 */
public record MemberRoundView(RoundView round, MemberRole role, List<Product> products, boolean minutesVisible) implements Serializable {

    /**
     * @param total the member's own total so far (sum of the chosen options), null before their sheet is opened
     */
    public record Product(long productId, String product, String producer, String productSet, ScoringState state,
                          BigDecimal total) implements Serializable {
    }

    public boolean chair() {
        return role == MemberRole.CHAIR;
    }

    /** How many products the member has submitted (or declared a conflict for, so has nothing to submit). */
    public long done() {
        return products.stream().filter(p -> p.state() == ScoringState.SUBMITTED || p.state() == ScoringState.CONFLICT).count();
    }
}
