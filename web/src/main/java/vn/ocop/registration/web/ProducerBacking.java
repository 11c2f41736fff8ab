package vn.ocop.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.certification.boundary.Certificates;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.registration.boundary.ProducerDetails;
import vn.ocop.registration.boundary.ProducerForm;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A producer: details and their editing, its products with their OCOP results. The change of legal
 * form is {@link ProducerLegalFormBacking}'s, the managers {@link ProducerManagersBacking}'s, a new
 * product {@link ProducerNewProductBacking}'s.
 */
@Named
@ViewScoped
public class ProducerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Producers registrations;

    @Inject
    Products productRegistrations;

    @Inject
    Certificates certificates;

    @Inject
    UserSession session;

    @Inject
    Geography geography;

    private Long id;
    private Map<Long, CertificateView> results = Map.of();
    private ProducerDetails details;
    private List<ProductView> products;
    private ProducerForm form = new ProducerForm();

    /** Called by the view parameter. */
    public void load() {
        if (id == null) {
            throw new BusinessException("error.notFound");
        }
        details = registrations.producerDetails(id);
        products = productRegistrations.productsOf(id);
        results = session.hasRole("COUNCIL") ? Map.of() : certificates.latestOf(products.stream().map(ProductView::id).toList());
    }

    /** Shows the producer as a change returned it. */
    public void show(ProducerDetails changed) {
        details = changed;
    }

    /** The OCOP result of each of the producer's products that has one: its latest certificate. */
    public Map<Long, CertificateView> getResults() {
        return results;
    }

    public void startEdit() {
        form = details.form();
    }

    public void saveEdit() {
        details = registrations.updateProducer(id, details.summary().version(), form);
        Texts.info("general.saved");
        PrimeFaces.current().executeScript("PF('editDialog').hide()");
    }

    public List<UnitView> getCommunes() {
        return geography.communes();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ProducerDetails getDetails() { return details; }
    public List<ProductView> getProducts() { return products; }
    public ProducerForm getForm() { return form; }
}
