package vn.ocop.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.boundary.InspectionView;
import vn.ocop.certification.boundary.Inspections;

import java.io.Serializable;
import java.util.List;

/** The inspections after recognition of a product, for the product's page (read once per view). */
@Named
@ViewScoped
public class ProductInspections implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inspections inspections;

    private Long productId;
    private List<InspectionView> list;

    public List<InspectionView> of(Long product) {
        if (list == null || !product.equals(productId)) {
            productId = product;
            list = inspections.ofProduct(product);
        }
        return list;
    }
}
