package vn.ocop.certification.control;

/**
 * Where a certificate stands with its expiry notice on a day ({@link NoticeRule}): not due yet, due (within the lead,
 * still on time), overdue (fewer than 30 days left: a notice now is late), sent on time, sent late; NONE for a
 * revoked or expired certificate without a notice (nothing to notify any more).
 */
public enum NoticeState {
    NOT_DUE, DUE, OVERDUE, SENT, SENT_LATE, NONE;

    /** Whether the office still has a notice to send. */
    public boolean pending() {
        return this == DUE || this == OVERDUE;
    }
}
