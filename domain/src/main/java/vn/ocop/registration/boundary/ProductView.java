package vn.ocop.registration.boundary;

import java.io.Serializable;

import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.RegistrationType;

/** A product as lists and the API show it. */
public record ProductView(Long id, String name, Long producerId, String producer, String criteriaSet, int productSetNumber,
                          String productSetCode, String productSet, CycleStep step, RegistrationType registrationType,
                          long version) implements Serializable {

    static ProductView of(Product p) {
        return new ProductView(p.getId(), p.getName(), p.getProducer().getId(), p.getProducer().getName(),
                p.getProductSet().getCriteriaSet(), p.getProductSet().getNumber(), p.getProductSet().getCode(),
                p.getProductSet().getName(), p.getStep(), p.getRegistrationType(), p.getVersion());
    }
}
