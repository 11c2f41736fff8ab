package vn.ocop.certification.entity;

/**
 * Where an inspection's outcome stands today. COMPLIANT: nothing to follow. TO_REMEDY: PENDING until its day,
 * OVERDUE after it, REMEDIED once a later inspection of the certificate found it compliant. PROPOSE_REVOCATION:
 * PROPOSED, then REVOCATION_DRAFTED once a revocation decision cites it, REVOKED once the certificate is revoked
 * (REMEDIED if a later inspection found it compliant before that).
 */
public enum FollowUp {
    NONE, PENDING, OVERDUE, REMEDIED, PROPOSED, REVOCATION_DRAFTED, REVOKED;

    /** Whether the office still has something to do about the inspection. */
    public boolean open() {
        return this == PENDING || this == OVERDUE || this == PROPOSED;
    }
}
