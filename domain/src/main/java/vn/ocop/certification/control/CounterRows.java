package vn.ocop.certification.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.entity.NumberCounter;

/** Creates a counter row at zero, in a transaction of its own (see {@link Counters}). */
@Stateless
@PermitAll
public class CounterRows {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String key) {
        if (em.find(NumberCounter.class, key) == null) {
            em.persist(new NumberCounter(key));
            em.flush();
        }
    }
}
