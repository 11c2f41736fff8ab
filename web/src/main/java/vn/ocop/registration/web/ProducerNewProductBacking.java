package vn.ocop.registration.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.shared.web.Texts;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The producer page's new product: its idea registered in a product set, then the product's own page. */
@Named
@ViewScoped
public class ProducerNewProductBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Products registrations;

    @Inject
    ProducerBacking producer;

    private Long productSetId;
    private String name;

    public void start() {
        productSetId = null;
        name = null;
    }

    /** Registers the product idea and opens the product's page (its cycle and dossier). */
    public void register() throws IOException {
        ProductView registered = registrations.registerProduct(producer.getId(), productSetId == null ? -1 : productSetId, name);
        Texts.info("registration_producer.productRegistered", registered.name());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/registration/product.xhtml?id=" + registered.id());
    }

    public List<ProductSet> getProductSets() {
        return registrations.productSets();
    }

    public Long getProductSetId() { return productSetId; }
    public void setProductSetId(Long productSetId) { this.productSetId = productSetId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
