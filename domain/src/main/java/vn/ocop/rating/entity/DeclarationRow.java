package vn.ocop.rating.entity;

/**
 * A member's declaration for a product (conflict of interest or none), as {@link ConflictDeclaration#ROWS_OF_ROUND}
 * reads them for a whole round in plain values, in the order they were declared.
 */
public record DeclarationRow(Long memberId, Long roundProductId, Boolean conflict) {

    /** Whether the member declared a conflict of interest. */
    public boolean isConflict() {
        return Boolean.TRUE.equals(conflict);
    }
}
