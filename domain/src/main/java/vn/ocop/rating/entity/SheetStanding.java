package vn.ocop.rating.entity;

/**
 * Where a member's sheet for a product stands, as {@link ScoreSheet#STANDINGS_OF_ROUND} reads them for a whole round
 * in plain values (a city round has 5,500 sheets: the quorum and the members' progress need only these four).
 */
public record SheetStanding(long memberId, long roundProductId, SheetStatus status, boolean withdrawn) {

    public SheetStanding(Long memberId, Long roundProductId, SheetStatus status, Boolean withdrawn) {
        this(memberId.longValue(), roundProductId.longValue(), status, Boolean.TRUE.equals(withdrawn));
    }

    /** The same rule as {@link ScoreSheet#counts()}: submitted and not withdrawn. */
    public boolean counts() {
        return status == SheetStatus.SUBMITTED && !withdrawn;
    }

    /** A draft still being filled in (not withdrawn). */
    public boolean drafting() {
        return status == SheetStatus.DRAFT && !withdrawn;
    }
}
