package vn.ocop.certification.control;

import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * When the written expiry notice falls due (Decision 148/QĐ-TTg: the body that issued the decision notifies the
 * producer in writing at least 30 days before the certificate's 36 months end). The notice is due from {@code leadDays} before the last day
 * of validity (60 by default, the server setting {@value #PROPERTY}, between 30 and 365); the last day on which it
 * is on time is 30 days before the last day of validity ({@link #deadline}); a notice sent after that day is late.
 * Once that day has passed without a notice, the notice is overdue. A certificate with a notice takes the state of
 * its first notice (on time or late).
 *
 * @param leadDays how many days before the last day of validity the notice falls due
 */
public record NoticeRule(int leadDays) {

    public static final String PROPERTY = "ocop.notice.lead-days";
    public static final int DEFAULT_LEAD_DAYS = 60;
    /** The law's minimum: the notice at least 30 days before the end. */
    public static final int LATEST_DAYS = 30;
    public static final int MAX_LEAD_DAYS = 365;

    private static final Logger LOG = Logger.getLogger(NoticeRule.class.getName());

    public NoticeRule {
        if (leadDays < LATEST_DAYS || leadDays > MAX_LEAD_DAYS) {
            throw new IllegalArgumentException(PROPERTY + " must be between " + LATEST_DAYS + " and " + MAX_LEAD_DAYS + ": " + leadDays);
        }
    }

    /** The rule of this server: {@value #PROPERTY}, or 60 days when unset; a value out of range is refused in the log. */
    public static NoticeRule configured() {
        return of(System.getProperty(PROPERTY));
    }

    /** The rule of a setting's text: 60 days when empty or not a number between 30 and 365 (logged). */
    public static NoticeRule of(String setting) {
        if (setting == null || setting.isBlank()) {
            return new NoticeRule(DEFAULT_LEAD_DAYS);
        }
        try {
            return new NoticeRule(Integer.parseInt(setting.strip()));
        } catch (IllegalArgumentException e) {
            LOG.warning(PROPERTY + "=" + setting + " is not a number of days between " + LATEST_DAYS + " and " + MAX_LEAD_DAYS
                    + "; the notice falls due " + DEFAULT_LEAD_DAYS + " days before the end");
            return new NoticeRule(DEFAULT_LEAD_DAYS);
        }
    }

    /** The first day on which the notice is due. */
    public LocalDate dueFrom(Validity validity) {
        return validity.until().minusDays(leadDays);
    }

    /** The last day on which a notice is on time: 30 days before the last day of validity. */
    public static LocalDate deadline(Validity validity) {
        return validity.until().minusDays(LATEST_DAYS);
    }

    /** Whether a notice sent on that day is late. */
    public static boolean late(Validity validity, LocalDate sentOn) {
        return sentOn.isAfter(deadline(validity));
    }

    /**
     * The notice's state on a day.
     *
     * @param firstSentOn the day the first notice was sent; null without one
     */
    public NoticeState state(Validity validity, LocalDate today, boolean revoked, LocalDate firstSentOn) {
        if (firstSentOn != null) {
            return late(validity, firstSentOn) ? NoticeState.SENT_LATE : NoticeState.SENT;
        }
        if (revoked || today.isAfter(validity.until())) {
            return NoticeState.NONE;
        }
        if (today.isBefore(dueFrom(validity))) {
            return NoticeState.NOT_DUE;
        }
        return today.isAfter(deadline(validity)) ? NoticeState.OVERDUE : NoticeState.DUE;
    }
}
