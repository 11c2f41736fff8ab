package vn.ocop.rating.entity;

/**
 * A member's declaration for a product (conflict of interest or none), as {@link ConflictDeclaration#ROWS_OF_ROUND}
 * reads them for a whole round in plain values, in the order they were declared.
 */
public record DeclarationRow(long memberId, long roundProductId, boolean conflict) {

    public DeclarationRow(Long memberId, Long roundProductId, Boolean conflict) {
        this(memberId.longValue(), roundProductId.longValue(), Boolean.TRUE.equals(conflict));
    }
}
