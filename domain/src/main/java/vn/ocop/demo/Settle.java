package vn.ocop.demo;

import jakarta.persistence.EntityManager;

/**
 * Ends a step of the demonstration's one transaction: sends what the step stored to the database and lets the persistence
 * context forget its entities. The transaction stays open (everything still commits or rolls back together); the next
 * step reads what it needs again. Without it the context grows with every product, sheet and document, and a provider
 * that checks every managed entity before each query (Hibernate on WildFly) spends the load's time there.
 */
final class Settle {

    private Settle() {
    }

    static void step(EntityManager em) {
        em.flush();
        em.clear();
    }
}
