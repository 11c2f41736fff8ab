package vn.ocop.certification.entity;

/**
 * A certificate's state: valid; expiring (30 days or less left); expired; revoked by a revocation decision; superseded
 * by a later recognition of the same product (re-evaluation or upgrade).
 * Stored as the daily timer last marked it; {@link vn.ocop.certification.control.Validity} tells it from the dates.
 */
public enum CertificateStatus {
    VALID, EXPIRING, EXPIRED, REVOKED, SUPERSEDED
}
