package vn.ocop.certification.control;

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
import vn.ocop.certification.entity.NumberCounter;

/**
 * The counters of official numbers, locked for the issuing transaction. A counter that does not exist yet (the first
 * number of a body in a year) is created in a transaction of its own, so two first issues at once both find it; the
 * number itself is always taken in the caller's transaction, under the row's lock.
 */
@Stateless
@PermitAll
public class Counters {

    @PersistenceContext
    EntityManager em;

    @Inject
    CounterRows rows;

    /** The counter, locked (pessimistic write) until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public NumberCounter locked(String key) {
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
}
