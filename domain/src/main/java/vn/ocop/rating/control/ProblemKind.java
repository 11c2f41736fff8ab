package vn.ocop.rating.control;

/** What is wrong with one node of a scoring sheet (the bundle keys are {@code ProblemKind.<name>}). */
public enum ProblemKind {
    /** The parts are not A, B and C in this order. */
    PARTS,
    /** A part's maximum differs from the criteria set's maximum for that part. */
    PART_MAXIMUM,
    /** The parts' maxima do not add up to 100. */
    TOTAL,
    /** A part, section or criterion gives a maximum that its children do not add up to. */
    MISMATCH,
    /** A part, section or criterion gives no maximum. */
    NO_MAXIMUM,
    /** A criterion has neither options nor sub-criteria: nothing can be ticked. */
    NO_OPTIONS,
    /** Points or a maximum that are not a number. */
    UNREADABLE,
    /** An option with negative points. */
    NEGATIVE_POINTS,
    /** The tree is not part → section → criterion → option (an option with children, options beside criteria…). */
    STRUCTURE,
    /** A correction that no longer matches the transcription (the node is gone or its value changed). */
    CORRECTION_STALE
}
