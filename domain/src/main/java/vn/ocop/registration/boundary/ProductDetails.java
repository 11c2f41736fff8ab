package vn.ocop.registration.boundary;

import java.io.Serializable;

import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.Product;

import java.time.LocalDateTime;
import java.util.List;

/** The product page: the product, its producer's commune and its timeline in the cycle. */
public record ProductDetails(ProductView summary, Long communeId, String communeName, String description,
                             Integer samples, boolean service, List<Step> timeline) implements Serializable {

    public record Step(CycleStep from, CycleStep to, LocalDateTime at, String actor, String note) implements Serializable {
    }

    static ProductDetails of(Product p) {
        return new ProductDetails(ProductView.of(p), p.getProducer().getCommune().getId(),
                p.getProducer().getCommune().getName(), p.getDescription(), p.getSamples(), p.getProductSet().isService(),
                p.getTransitions().stream().map(t -> new Step(t.getFrom(), t.getTo(), t.getOccurredAt(), t.getActor(),
                        t.getNote())).toList());
    }
}
