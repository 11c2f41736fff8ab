package vn.ocop.certification.boundary;

/**
 * A decision was issued (numbered, and for a recognition its certificates numbered) in the issuing transaction: once
 * it commits, its print and its certificates' prints are made in the background ({@link PrintAfterCommit}); a
 * rolled-back issue prints nothing.
 *
 * @param decisionId the issued decision
 */
public record DecisionIssued(long decisionId) {
}
