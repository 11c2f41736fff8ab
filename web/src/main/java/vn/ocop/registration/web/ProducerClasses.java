package vn.ocop.registration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.statistics.boundary.ClassesInForce;

import java.util.List;
import java.util.Map;

/** The class in force of each product on the producer's page, read once per request for all of them. */
@Named
@RequestScoped
public class ProducerClasses {

    @Inject
    ClassesInForce classes;

    private Map<Long, Integer> inForce;

    /** The product's class in force today, 0 for none. */
    public int stars(List<ProductView> products, Long product) {
        if (inForce == null) {
            inForce = classes.of(products.stream().map(ProductView::id).toList());
        }
        return inForce.getOrDefault(product, 0);
    }
}
