package vn.ocop.certification.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.ocop.certification.entity.NumberCounter;
import vn.ocop.shared.control.BusinessException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The counters of official numbers, locked for the issuing transaction. The row is locked in the database
 * (pessimistic write, held to the commit or rollback): that is what makes the numbers gap-free and unique, on one
 * server or several. On this server, issuing transactions of the same counter also queue before they ask the
 * database (a permit per counter, given back when the transaction ends), so that one that prints many certificates
 * while it holds the row does not make the others run into the database's lock timeout (H2: 2 s).
 * A counter that does not exist yet (the first number of a body in a year) is created in a transaction of its own.
 */
@Stateless
@PermitAll
public class Counters {

    /** How long an issue waits for another one of the same counter before it gives up. */
    public static final long WAIT_SECONDS = 120;
    private static final Map<String, Semaphore> QUEUES = new ConcurrentHashMap<>();
    private static final Logger LOG = Logger.getLogger(Counters.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CounterRows rows;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The counter, locked until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public NumberCounter locked(String key) {
        queue(key);
        NumberCounter counter = em.find(NumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter != null) {
            return counter;
        }
        try {
            rows.create(key);
        } catch (EJBException | PersistenceException e) {
            // created meanwhile by another first issue: found below
        }
        counter = em.find(NumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new IllegalStateException("No counter " + key);
        }
        return counter;
    }

    /** Waits for this server's permit of the counter, once per transaction; given back when the transaction ends. */
    private void queue(String key) {
        String held = Counters.class.getName() + ":" + key;
        if (transactions.getResource(held) != null) {
            return;
        }
        Semaphore permit = QUEUES.computeIfAbsent(key, k -> new Semaphore(1, true));
        try {
            if (!permit.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new BusinessException("certification.issue.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException("certification.issue.busy");
        }
        try {
            transactions.putResource(held, Boolean.TRUE);
            long since = System.nanoTime();
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the permit is kept until the row's lock is released
                }

                @Override
                public void afterCompletion(int status) {
                    permit.release();
                    // how long the numbers waited for this issue, for the operators (docs/performance.md)
                    LOG.log(Level.INFO, "Counter {0} held {1} ms ({2})", new Object[] {key, (System.nanoTime() - since) / 1_000_000,
                        status == jakarta.transaction.Status.STATUS_COMMITTED ? "committed" : "rolled back"});
                }
            });
        } catch (RuntimeException e) {
            permit.release();
            throw e;
        }
    }
}
