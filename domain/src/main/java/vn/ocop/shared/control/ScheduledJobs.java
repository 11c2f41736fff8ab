package vn.ocop.shared.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.ocop.shared.entity.ScheduledJob;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Once-per-portal runs of the daily jobs when several servers serve one database: every server's timer fires, the
 * first to lock the job's row runs the day's job within its transaction and the others, once the lock is free, find
 * the day done. A run that fails or a server that stops rolls the claim back with the job's work.
 */
@Stateless
@PermitAll
public class ScheduledJobs {

    @PersistenceContext
    EntityManager em;

    /** Whether this server runs the job for {@code day}; the row stays locked until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean claim(String job, LocalDate day, LocalDateTime now) {
        ScheduledJob row = em.find(ScheduledJob.class, job, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            em.persist(new ScheduledJob(job));
            em.flush();
            row = em.find(ScheduledJob.class, job, LockModeType.PESSIMISTIC_WRITE);
        }
        return row.claim(day, server(), now);
    }

    /** This server's name: the Payara instance or the WildFly node, else the host. */
    public static String server() {
        String name = System.getProperty("com.sun.aas.instanceName", System.getProperty("jboss.node.name"));
        if (name == null) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                name = "unknown";
            }
        }
        return name.length() > 120 ? name.substring(0, 120) : name;
    }
}
