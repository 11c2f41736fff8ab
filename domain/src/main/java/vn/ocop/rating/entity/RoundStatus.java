package vn.ocop.rating.entity;

/**
 * Where an evaluation round stands: OPEN while the office sets up its products and council,
 * SCORING while the members declare and score, CONCLUDED once the council has concluded (sheets and
 * results are then frozen; a correction is a new, audited re-score).
 */
public enum RoundStatus {
    OPEN, SCORING, CONCLUDED;

    /** The status a round may go to from this one, or null at the end. */
    public RoundStatus next() {
        return switch (this) {
            case OPEN -> SCORING;
            case SCORING -> CONCLUDED;
            case CONCLUDED -> null;
        };
    }
}
