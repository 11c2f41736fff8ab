package vn.ocop.registration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.identity.entity.Role;
import vn.ocop.registration.boundary.ProducerFilter;
import vn.ocop.registration.boundary.ProducerView;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.boundary.Registrations;
import vn.ocop.registration.boundary.SupportDocumentView;
import vn.ocop.registration.boundary.FileContent;
import vn.ocop.registration.boundary.SupportFilter;
import vn.ocop.registration.boundary.SupportForm;
import vn.ocop.registration.boundary.SupportTotals;
import vn.ocop.registration.boundary.SupportTypeForm;
import vn.ocop.registration.boundary.SupportTypeView;
import vn.ocop.registration.boundary.SupportView;
import vn.ocop.registration.boundary.Supports;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.registration.entity.Support;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.control.ConcurrentChangeException;
import vn.ocop.shared.web.PagedList;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The supports given to producers: filters, the list (paged by the database), the totals per type
 * and per commune, the dialog that records or corrects a support with its documents, and the
 * types of support for the district office.
 */
@Named
@ViewScoped
public class SupportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Supports supports;

    @Inject
    Registrations registrations;

    @Inject
    Geography geography;

    @Inject
    UserSession session;

    private Integer year;
    private Long communeId;
    private Long typeId;
    private String producerText;
    private PagedList<SupportView> list;
    private List<UnitView> communes;
    private List<Integer> years;
    private List<SupportTypeView> types;
    private SupportTotals totals;

    private Long editingId;
    private long editingVersion;
    private SupportForm form = new SupportForm();
    private ProducerView producer;
    private List<ProductView> products = List.of();
    private List<SupportDocumentView> documents = List.of();
    private String removalReason;
    private boolean conflict;

    private SupportTypeForm typeForm = new SupportTypeForm();
    private boolean typeConflict;

    @PostConstruct
    void init() {
        if (isCommuneFixed()) {
            communeId = session.getCaller().unitId();
        }
        list = new PagedList<>((first, size) -> supports.list(filter(), first, size), SupportView::id);
        java.util.Set<Long> covered = session.getCaller().onlyUnits();
        communes = geography.communes().stream().filter(c -> covered == null || covered.contains(c.id())).toList();
        years = supports.years();
        types = supports.types();
        search();
    }

    private SupportFilter filter() {
        return new SupportFilter(year, communeId, typeId, producerText);
    }

    /** The filters changed: the list pages again from the database, the totals are counted again. */
    public void search() {
        totals = new SupportTotals(supports.totals(year, communeId)).only(typeId);
    }

    // ---- totals ----

    public List<SupportTotals.Line> getTotalsByType() {
        return totals.byType(session.getLanguage());
    }

    public List<SupportTotals.Line> getTotalsByCommune() {
        return totals.byCommune();
    }

    public long getTotalCount() {
        return totals.count();
    }

    public long getTotalAmount() {
        return totals.amountVnd();
    }

    // ---- the support dialog ----

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
        producer = registrations.producer(support.producerId());
        products = registrations.productsOf(support.producerId());
        documents = supports.documents(support.id());
        removalReason = null;
        conflict = false;
    }

    public List<ProducerView> completeProducer(String text) {
        return registrations.producers(new ProducerFilter(text, null, null, null), 0, 10).items();
    }

    public void producerSelected() {
        form.setProductId(null);
        products = producer == null ? List.of() : registrations.productsOf(producer.id());
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
            years = supports.years();
            search();
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
            search();
            PrimeFaces.current().executeScript("PF('supportDialog').hide()");
        } catch (ConcurrentChangeException e) {
            conflict = true;
            Texts.error(null, e.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void upload(FileUploadEvent event) {
        SupportDocumentView document = supports.attach(editingId, event.getFile().getFileName(),
                event.getFile().getContent());
        documents = supports.documents(editingId);
        Texts.info("registration_supports.attached", document.fileName());
    }

    public void detach(SupportDocumentView document) {
        supports.detach(document.id());
        documents = supports.documents(editingId);
        Texts.info("registration_supports.detached", document.fileName());
    }

    public StreamedContent download(SupportDocumentView document) {
        FileContent file = supports.document(document.id());
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.mediaType())
                .contentLength((long) file.bytes().length).stream(() -> new ByteArrayInputStream(file.bytes())).build();
    }

    /** The types a new support may take: the active ones, and the support's own type if it was retired since. */
    public List<SupportTypeView> getTypeChoices() {
        return types.stream().filter(t -> t.active() || t.id().equals(form.getTypeId())).toList();
    }

    /** Shows the chosen producer by name and finds it again by its id. */
    public Converter<ProducerView> getProducerConverter() {
        return new Converter<>() {
            @Override
            public ProducerView getAsObject(FacesContext context, UIComponent component, String value) {
                return value == null || value.isBlank() ? null : registrations.producer(Long.parseLong(value));
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, ProducerView value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }

    public boolean isCanEdit() {
        return session.hasRole(Role.OFFICER.name());
    }

    public long getMaxAmount() {
        return Support.MAX_AMOUNT_VND;
    }

    public LocalDate getToday() {
        return LocalDate.now(Clocks.VIETNAM);
    }

    // ---- types of support ----

    public void startType() {
        typeForm = new SupportTypeForm();
        typeConflict = false;
    }

    public void editType(SupportTypeView type) {
        typeForm = SupportTypeForm.of(type);
        typeConflict = false;
    }

    public void saveType() {
        try {
            SupportTypeView saved = supports.saveType(typeForm);
            Texts.info("registration_supports.typeSaved", saved.name(session.getLanguage()));
            types = supports.types();
            typeForm = new SupportTypeForm();
        } catch (ConcurrentChangeException e) {
            typeConflict = true;
            Texts.error(null, e.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void reloadType() {
        types = supports.types();
        Long id = typeForm.getId();
        types.stream().filter(t -> t.id().equals(id)).findFirst().ifPresentOrElse(this::editType, this::startType);
    }

    public void deactivateType(SupportTypeView type) {
        try {
            supports.deactivate(type.id(), type.version());
            Texts.info("registration_supports.typeRetired", type.name(session.getLanguage()));
        } catch (ConcurrentChangeException e) {
            Texts.error(null, e.messageKey());
        }
        types = supports.types();
    }

    public boolean isCanEditTypes() {
        return session.hasRole(Role.OFFICER.name()) || session.hasRole(Role.ADMIN.name());
    }

    // ---- plain properties ----

    public FundingSource[] getFundingSources() {
        return FundingSource.values();
    }

    public PagedList<SupportView> getList() { return list; }
    public List<UnitView> getCommunes() { return communes; }
    public List<Integer> getYears() { return years; }
    public List<SupportTypeView> getTypes() { return types; }
    /** A commune officer whose commune replaced no other has one commune to choose: it is fixed. */
    public boolean isCommuneFixed() {
        return session.getCaller().role() == Role.COMMUNE && session.getCaller().onlyUnits().size() == 1;
    }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = isCommuneFixed() ? this.communeId : communeId; }
    public Long getTypeId() { return typeId; }
    public void setTypeId(Long typeId) { this.typeId = typeId; }
    public String getProducerText() { return producerText; }
    public void setProducerText(String producerText) { this.producerText = producerText; }
    public Long getEditingId() { return editingId; }
    public SupportForm getForm() { return form; }
    public ProducerView getProducer() { return producer; }
    public void setProducer(ProducerView producer) { this.producer = producer; }
    public List<ProductView> getProducts() { return products; }
    public List<SupportDocumentView> getDocuments() { return documents; }
    public String getRemovalReason() { return removalReason; }
    public void setRemovalReason(String removalReason) { this.removalReason = removalReason; }
    public boolean isConflict() { return conflict; }
    public SupportTypeForm getTypeForm() { return typeForm; }
    public boolean isTypeConflict() { return typeConflict; }
}
