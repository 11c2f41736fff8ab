package vn.ocop.rating.entity;

/** What a correction of a scoring sheet changes on a node. */
public enum CorrectionField {
    /** The maximum of a part, section or criterion, or the points of an option. */
    SCORE,
    /** Where the node hangs (the id of its parent): a sub-criterion that the transcription put beside its criterion. */
    PARENT,
    /** Whether the node's children are alternative cases of which one applies ("true"/"false"). */
    ALTERNATIVES
}
