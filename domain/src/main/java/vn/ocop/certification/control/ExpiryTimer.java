package vn.ocop.certification.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.control.ScheduledJobs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * Every night at 01:10 (the system property {@value #SCHEDULE}: "hour:minute" or "hour:minute:second" in the
 * server's time zone, each part as in a calendar schedule), marks the certificates that now have 30 days or less left
 * as expiring and those past their last day as expired, and notes the run in the audit log. Lists and verification
 * read the state from the dates too, so nothing is wrong while the timer has not run. With several servers on one
 * database each server's timer fires and only the first to claim the day in the database runs it
 * ({@link ScheduledJobs}).
 */
@Singleton
@Startup
public class ExpiryTimer {

    private static final Logger LOG = Logger.getLogger(ExpiryTimer.class.getName());
    public static final String SCHEDULE = "ocop.expiry.schedule";
    static final String JOB = "certificate-expiry";

    @Resource
    TimerService timers;

    @Inject
    ScheduledJobs jobs;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Marks expiring and expired certificates as of {@code today}; answers how many of each (expiring, expired). */
    public static int[] mark(EntityManager em, LocalDate today) {
        int expired = em.createNamedQuery(Certificate.MARK_EXPIRED).setParameter("today", today).executeUpdate();
        int expiring = em.createNamedQuery(Certificate.MARK_EXPIRING).setParameter("today", today)
                .setParameter("limit", today.plusDays(Validity.EXPIRING_DAYS)).executeUpdate();
        return new int[] {expiring, expired};
    }

    @PostConstruct
    void schedule() {
        String[] at = System.getProperty(SCHEDULE, "1:10").trim().split(":");
        ScheduleExpression expression = new ScheduleExpression().hour(at[0]).minute(at.length > 1 ? at[1] : "0")
                .second(at.length > 2 ? at[2] : "0");
        timers.createCalendarTimer(expression, new TimerConfig(JOB, false));
    }

    @Timeout
    void daily() {
        LocalDate today = LocalDate.now(clock);
        if (!jobs.claim(JOB, today, LocalDateTime.now(clock))) {
            LOG.info("Certificates of " + today + ": marked already by another server");
            return;
        }
        int[] marked = mark(em, today);
        int expiring = marked[0];
        int expired = marked[1];
        audit.event("system", "CERTIFICATES_MARKED", "expiring=" + expiring + "; expired=" + expired + "; on=" + today, null);
        LOG.info("Certificates marked on " + today + " by " + ScheduledJobs.server() + ": " + expiring + " expiring, "
                + expired + " expired");
    }
}
