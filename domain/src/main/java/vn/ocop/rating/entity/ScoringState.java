package vn.ocop.rating.entity;

import java.util.List;
import java.util.Optional;

/** Where a member stands with one product of a round. */
public enum ScoringState {
    /** No declaration of conflict of interest yet: the sheet stays closed. */
    UNDECLARED,
    /** A conflict declared: the member does not score the product. */
    CONFLICT,
    /** No conflict; the sheet is a draft. */
    DRAFT,
    /** No conflict; the sheet is submitted and locked. */
    SUBMITTED;

    /** Whether the member's sheet for the product can no longer change: submitted, or a conflict declared. */
    public boolean isSettled() {
        return this == SUBMITTED || this == CONFLICT;
    }

    /** The state from the member's declarations (oldest first) and their sheet (null when none was opened). */
    public static ScoringState of(List<ConflictDeclaration> declarations, ScoreSheet sheet) {
        Optional<ConflictDeclaration> latest = ConflictDeclaration.latest(declarations);
        if (latest.isEmpty()) {
            return UNDECLARED;
        }
        if (latest.get().isConflict()) {
            return CONFLICT;
        }
        return sheet != null && sheet.getStatus() == SheetStatus.SUBMITTED ? SUBMITTED : DRAFT;
    }
}
