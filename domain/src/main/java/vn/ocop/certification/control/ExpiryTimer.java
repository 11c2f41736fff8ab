package vn.ocop.certification.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.shared.boundary.AuditTrail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Every night at 01:10 (and once a few seconds after start-up), marks the certificates that now have 30 days or
 * less left as expiring and those past their last day as expired, and notes the run in the audit log. Lists and
 * verification read the state from the dates too, so nothing is wrong while the timer has not run.
 */
@Singleton
public class ExpiryTimer {

    private static final Logger LOG = Logger.getLogger(ExpiryTimer.class.getName());

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

    @Schedule(hour = "1", minute = "10", persistent = false, info = "certificate-expiry")
    void daily() {
        LocalDate today = LocalDate.now(clock);
        int[] marked = mark(em, today);
        int expiring = marked[0];
        int expired = marked[1];
        audit.event("system", "CERTIFICATES_MARKED", "expiring=" + expiring + "; expired=" + expired + "; on=" + today, null);
        LOG.info("Certificates marked on " + today + ": " + expiring + " expiring, " + expired + " expired");
    }
}
