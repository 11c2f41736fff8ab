package vn.ocop.rating.entity;

/**
 * Where a member's sheet for a product stands, as {@link ScoreSheet#STANDINGS_OF_ROUND} reads them for a whole round
 * in plain values (a city round has 5,500 sheets: the quorum and the members' progress need only these four).
 */
public record SheetStanding(Long memberId, Long roundProductId, SheetStatus status, Boolean withdrawn) {

    /** The same rule as {@link ScoreSheet#counts()}: submitted and not withdrawn. */
    public boolean counts() {
        return status == SheetStatus.SUBMITTED && !Boolean.TRUE.equals(withdrawn);
    }

    /** A draft still being filled in (not withdrawn). */
    public boolean drafting() {
        return status == SheetStatus.DRAFT && !Boolean.TRUE.equals(withdrawn);
    }
}
