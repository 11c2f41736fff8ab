package vn.ocop.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDateTime;

/**
 * Who moved a decision through its steps, and when: drafted, approved (until it is sent back or reopened), sent back
 * with the leader's reason (shown to the office until the next approval) and issued. On the decision's own columns.
 * Immutable: each step gives a new value.
 */
@Embeddable
public class DecisionTrail {

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private LocalDateTime draftedAt;

    @Column(name = "drafted_by", nullable = false, updatable = false, length = 100)
    private String draftedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "sent_back_reason", length = 500)
    private String sentBackReason;

    @Column(name = "sent_back_by", length = 100)
    private String sentBackBy;

    @Column(name = "sent_back_at")
    private LocalDateTime sentBackAt;

    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    @Column(name = "issued_by", length = 100)
    private String issuedBy;

    protected DecisionTrail() {
    }

    /** A draft written by someone at a time. */
    static DecisionTrail drafted(LocalDateTime at, String by) {
        DecisionTrail trail = new DecisionTrail();
        trail.draftedAt = at;
        trail.draftedBy = by;
        return trail;
    }

    /** Approved by a leader: the reason it was sent back no longer shows. */
    DecisionTrail approved(LocalDateTime at, String by) {
        DecisionTrail trail = copy();
        trail.approvedAt = at;
        trail.approvedBy = by;
        trail.sentBackReason = null;
        trail.sentBackBy = null;
        trail.sentBackAt = null;
        return trail;
    }

    /** Reopened: the approval no longer holds. */
    DecisionTrail reopened() {
        DecisionTrail trail = copy();
        trail.approvedAt = null;
        trail.approvedBy = null;
        return trail;
    }

    /** Sent back to the office with the reason (required): the approval no longer holds. */
    DecisionTrail sentBack(String reason, LocalDateTime at, String by) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "certification.decision.reasonRequired");
        }
        DecisionTrail trail = reopened();
        trail.sentBackReason = reason.strip();
        trail.sentBackBy = by;
        trail.sentBackAt = at;
        return trail;
    }

    DecisionTrail issued(LocalDateTime at, String by) {
        DecisionTrail trail = copy();
        trail.issuedAt = at;
        trail.issuedBy = by;
        return trail;
    }

    private DecisionTrail copy() {
        DecisionTrail trail = drafted(draftedAt, draftedBy);
        trail.approvedAt = approvedAt;
        trail.approvedBy = approvedBy;
        trail.sentBackReason = sentBackReason;
        trail.sentBackBy = sentBackBy;
        trail.sentBackAt = sentBackAt;
        trail.issuedAt = issuedAt;
        trail.issuedBy = issuedBy;
        return trail;
    }

    public LocalDateTime getDraftedAt() {
        return draftedAt;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getSentBackReason() {
        return sentBackReason;
    }

    public String getSentBackBy() {
        return sentBackBy;
    }

    public LocalDateTime getSentBackAt() {
        return sentBackAt;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
