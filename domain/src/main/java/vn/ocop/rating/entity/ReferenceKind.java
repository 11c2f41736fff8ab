package vn.ocop.rating.entity;

/** A score of a product beside the council's: the producer's own, or the advisory group's pre-score. */
public enum ReferenceKind {
    /** The producer's self-assessment on the sheet (part of the 148 dossier), keyed by the office. */
    SELF_ASSESSMENT,
    /** The advisory group's (tổ tư vấn) pre-score before the council meets, keyed by one of its members. */
    ADVISORY
}
