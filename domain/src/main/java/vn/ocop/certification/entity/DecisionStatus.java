package vn.ocop.certification.entity;

/** DRAFT (the office edits it) → APPROVED (a leader approved it) → ISSUED (numbered, dated, frozen). */
public enum DecisionStatus {
    DRAFT, APPROVED, ISSUED
}
