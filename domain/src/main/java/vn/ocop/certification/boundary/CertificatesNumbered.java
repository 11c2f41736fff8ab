package vn.ocop.certification.boundary;

/**
 * A recognition decision's certificates were numbered in the issuing transaction: once it commits, their prints are
 * made in the background ({@link PrintAfterCommit}); a rolled-back issue prints nothing.
 *
 * @param decisionId the issued decision
 */
public record CertificatesNumbered(long decisionId) {
}
