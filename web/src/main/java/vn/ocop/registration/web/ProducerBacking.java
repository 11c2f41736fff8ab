package vn.ocop.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.registration.boundary.ProducerDetails;
import vn.ocop.registration.boundary.ProducerForm;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A producer: details, legal-form history, managers, products; editing each. */
@Named
@ViewScoped
public class ProducerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Producers registrations;

    @Inject
    Products productRegistrations;

    @Inject
    vn.ocop.certification.boundary.Certificates certificates;

    @Inject
    vn.ocop.shared.web.UserSession session;

    @Inject
    Geography geography;

    private Long id;
    private java.util.Map<Long, vn.ocop.certification.boundary.CertificateView> results = java.util.Map.of();
    private ProducerDetails details;
    private List<ProductView> products;
    private ProducerForm form = new ProducerForm();
    private final LegalFormChange legalForm = new LegalFormChange();
    private final ManagerForm manager = new ManagerForm();
    private final NewProduct product = new NewProduct();

    /** Called by the view parameter. */
    public void load() {
        if (id == null) {
            throw new BusinessException("error.notFound");
        }
        details = registrations.producerDetails(id);
        products = productRegistrations.productsOf(id);
        results = session.hasRole("COUNCIL") ? java.util.Map.of()
                : certificates.latestOf(products.stream().map(ProductView::id).toList());
    }

    /** The OCOP result of each of the producer's products that has one: its latest certificate. */
    public java.util.Map<Long, vn.ocop.certification.boundary.CertificateView> getResults() {
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

    public void startLegalForm() {
        legalForm.newType = null;
        legalForm.changedOn = null;
        legalForm.note = null;
    }

    public void changeLegalForm() {
        details = registrations.changeLegalForm(id, details.summary().version(), legalForm.newType, legalForm.changedOn,
                legalForm.note);
        Texts.info("registration_producer.legalFormChanged", Texts.get("ProducerType." + details.summary().type()));
        PrimeFaces.current().executeScript("PF('legalFormDialog').hide()");
    }

    public void startManager() {
        manager.name = null;
        manager.position = null;
        manager.phone = null;
        manager.email = null;
    }

    public void addManager() {
        details = registrations.addManager(id, details.summary().version(), manager.name, manager.position, manager.phone,
                manager.email);
        Texts.info("general.saved");
        PrimeFaces.current().executeScript("PF('managerDialog').hide()");
    }

    public void removeManager(long managerId) {
        details = registrations.removeManager(id, details.summary().version(), managerId);
        Texts.info("general.saved");
    }

    public void startProduct() {
        product.productSetId = null;
        product.name = null;
    }

    /** Registers the product idea and opens the product's page (its cycle and dossier). */
    public void registerProduct() throws java.io.IOException {
        ProductView registered = productRegistrations.registerProduct(id, product.productSetId == null ? -1 : product.productSetId,
                product.name);
        Texts.info("registration_producer.productRegistered", registered.name());
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/registration/product.xhtml?id=" + registered.id());
    }

    public List<UnitView> getCommunes() {
        return geography.communes();
    }

    public List<ProductSet> getProductSets() {
        return productRegistrations.productSets();
    }

    public ProducerType[] getTypes() {
        return ProducerType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProducerDetails getDetails() {
        return details;
    }

    public List<ProductView> getProducts() {
        return products;
    }

    public ProducerForm getForm() {
        return form;
    }

    public LegalFormChange getLegalForm() {
        return legalForm;
    }

    public ManagerForm getManager() {
        return manager;
    }

    public NewProduct getProduct() {
        return product;
    }

    /** What the legal-form dialog holds. */
    public static class LegalFormChange implements Serializable {
        private static final long serialVersionUID = 1L;
        private ProducerType newType;
        private LocalDate changedOn;
        private String note;

        public ProducerType getNewType() { return newType; }
        public void setNewType(ProducerType newType) { this.newType = newType; }
        public LocalDate getChangedOn() { return changedOn; }
        public void setChangedOn(LocalDate changedOn) { this.changedOn = changedOn; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** What the manager dialog holds. */
    public static class ManagerForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String position;
        private String phone;
        private String email;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    /** What the new-product dialog holds. */
    public static class NewProduct implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long productSetId;
        private String name;

        public Long getProductSetId() { return productSetId; }
        public void setProductSetId(Long productSetId) { this.productSetId = productSetId; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }
}
