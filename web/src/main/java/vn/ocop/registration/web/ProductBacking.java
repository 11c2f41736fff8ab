package vn.ocop.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.certification.boundary.Certificates;
import vn.ocop.registration.boundary.DossierView;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.boundary.ProductDetails;
import vn.ocop.registration.boundary.Products;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;

import java.io.Serializable;
import java.util.List;

/**
 * A product: its details and their editing, its OCOP result. Its move in the cycle is
 * {@link ProductMoveBacking}'s, its dossier and photos {@link ProductDossierBacking}'s.
 */
@Named
@ViewScoped
public class ProductBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Products registrations;

    @Inject
    Certificates certificates;

    @Inject
    UserSession session;

    @Inject
    Dossiers dossiers;

    private Long id;
    private CertificateView result;
    private ProductDetails details;
    private DossierView dossier;

    private String name;
    private String description;
    private Integer samples;

    /** Called by the view parameter: reads the product and its dossier. */
    public void load() {
        if (id == null) {
            throw new BusinessException("error.notFound");
        }
        details = registrations.productDetails(id);
        dossier = dossiers.dossier(id);
        result = session.hasRole("COUNCIL") ? null : certificates.latestOf(List.of(id)).get(id);
    }

    /** Shows the dossier as a change returned it, and the product as it is now (its dossier's share changed). */
    public void show(DossierView changed) {
        dossier = changed;
        details = registrations.productDetails(id);
    }

    /** The product's OCOP result: its latest certificate (class, number, validity, state today), or null. */
    public CertificateView getResult() {
        return result;
    }

    public void startEdit() {
        name = details.summary().name();
        description = details.description();
        samples = details.samples();
    }

    public void saveEdit() {
        registrations.describeProduct(id, details.summary().version(), name, description, samples);
        load();
        Texts.info("general.saved");
        PrimeFaces.current().executeScript("PF('editDialog').hide()");
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ProductDetails getDetails() { return details; }
    public DossierView getDossier() { return dossier; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Integer getSamples() { return samples; }
    public void setSamples(Integer samples) { this.samples = samples; }
}
