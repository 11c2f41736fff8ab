package vn.ocop.registration.control;

import jakarta.persistence.EntityManager;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.Product;
import vn.ocop.shared.control.Records;

/**
 * Who may see a producer and what belongs to it (its products, dossiers, supports): a commune officer only the
 * producers of the units their commune covers, every other role all of them. What the caller may not see is not found,
 * exactly as what does not exist. Used by the registration boundaries inside their transactions, with their entity
 * manager.
 */
public final class ProducerScope {

    private ProducerScope() {
    }

    /** The producer, if the caller may see it; not found otherwise. */
    public static Producer producer(EntityManager em, long id, Caller caller) {
        return reached(em.find(Producer.class, id), caller);
    }

    /** The product, if the caller may see its producer; not found otherwise. */
    public static Product product(EntityManager em, long id, Caller caller) {
        Product product = em.find(Product.class, id);
        reached(product == null ? null : product.getProducer(), caller);
        return product;
    }

    /** The producer when it exists and the caller may see it; not found otherwise. */
    public static Producer reached(Producer producer, Caller caller) {
        if (producer == null || !reaches(caller, producer)) {
            throw Records.notFound();
        }
        return producer;
    }

    /** Whether the caller may see the producer and what belongs to it. */
    public static boolean reaches(Caller caller, Producer producer) {
        return caller.reaches(producer.getCommune().getId());
    }
}
