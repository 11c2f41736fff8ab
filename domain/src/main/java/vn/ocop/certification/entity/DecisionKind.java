package vn.ocop.certification.entity;

/** What a decision does. */
public enum DecisionKind {
    /** Recognises the products a concluded round recognises (and gives them their certificates). */
    RECOGNITION,
    /** Revokes certificates of an issued recognition decision, with its grounds (148/QĐ-TTg). */
    REVOCATION
}
