package vn.ocop.registration.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.registration.boundary.ProducerFilter;
import vn.ocop.registration.boundary.ProducerView;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.boundary.SupportDocumentView;
import vn.ocop.registration.boundary.SupportForm;
import vn.ocop.registration.boundary.SupportTypeView;
import vn.ocop.registration.boundary.SupportView;
import vn.ocop.registration.boundary.Supports;
import vn.ocop.registration.entity.Support;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.control.ConcurrentChangeException;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The support dialog of the supports page: records a support or corrects one (its documents: {@link SupportDocumentsBacking}). */
@Named
@ViewScoped
public class SupportFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Supports supports;

    @Inject
    Producers producerRegistrations;

    @Inject
    Products productRegistrations;

    @Inject
    SupportsBacking list;

    @Inject
    SupportTypesBacking supportTypes;

    private Long editingId;
    private long editingVersion;
    private SupportForm form = new SupportForm();
    private ProducerView producer;
    private List<ProductView> products = List.of();
    private List<SupportDocumentView> documents = List.of();
    private String removalReason;
    private boolean conflict;

    public void startRecording() {
        editingId = null;
        form = new SupportForm();
        producer = null;
        products = List.of();
        documents = List.of();
        conflict = false;
    }

    public void edit(SupportView row) {
        load(row.id());
    }

    /** Reads the support again (after someone else changed it): what was typed here is replaced. */
    public void reload() {
        load(editingId);
    }

    private void load(long id) {
        SupportView support = supports.support(id);
        editingId = support.id();
        editingVersion = support.version();
        form = SupportForm.of(support);
        producer = producerRegistrations.producer(support.producerId());
        products = productRegistrations.productsOf(support.producerId());
        documents = supports.documents(support.id());
        removalReason = null;
        conflict = false;
    }

    public List<ProducerView> completeProducer(String text) {
        return producerRegistrations.producers(new ProducerFilter(text, null, null, null), 0, 10).items();
    }

    public void producerSelected() {
        form.setProductId(null);
        products = producer == null ? List.of() : productRegistrations.productsOf(producer.id());
    }

    /** Records a new support or saves the corrections; the dialog stays open for the documents. */
    public void save() {
        form.setProducerId(producer == null ? null : producer.id());
        try {
            SupportView saved = editingId == null ? supports.record(form) : supports.update(editingId, editingVersion, form);
            Texts.info(editingId == null ? "registration_supports.recorded" : "registration_supports.changed",
                    saved.producerName());
            editingId = saved.id();
            editingVersion = saved.version();
            documents = supports.documents(saved.id());
            list.refresh();
        } catch (ConcurrentChangeException e) {
            conflict = true;
            Texts.error(null, e.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void remove() {
        try {
            supports.remove(editingId, editingVersion, removalReason);
            Texts.info("registration_supports.removed");
            startRecording();
            list.refresh();
            PrimeFaces.current().executeScript("PF('supportDialog').hide()");
        } catch (ConcurrentChangeException e) {
            conflict = true;
            Texts.error(null, e.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The types a new support may take: the active ones, and the support's own type if it was retired since. */
    public List<SupportTypeView> getTypeChoices() {
        return supportTypes.getTypes().stream().filter(t -> t.active() || t.id().equals(form.getTypeId())).toList();
    }

    public long getMaxAmount() { return Support.MAX_AMOUNT_VND; }
    public LocalDate getToday() { return LocalDate.now(Clocks.VIETNAM); }

    public Long getEditingId() { return editingId; }
    public SupportForm getForm() { return form; }
    public ProducerView getProducer() { return producer; }
    public void setProducer(ProducerView producer) { this.producer = producer; }
    public List<ProductView> getProducts() { return products; }
    public List<SupportDocumentView> getDocuments() { return documents; }
    public void showDocuments(List<SupportDocumentView> shown) { this.documents = shown; }
    public String getRemovalReason() { return removalReason; }
    public void setRemovalReason(String removalReason) { this.removalReason = removalReason; }
    public boolean isConflict() { return conflict; }
}
