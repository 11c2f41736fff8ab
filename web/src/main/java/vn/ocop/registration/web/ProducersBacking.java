package vn.ocop.registration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.registration.boundary.ProducerFilter;
import vn.ocop.registration.boundary.ProducerForm;
import vn.ocop.registration.boundary.ProducerView;
import vn.ocop.registration.boundary.ProducerWorkbooks;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.entity.ProducerStatus;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.web.AddressFilter;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.web.FilterChips;
import vn.ocop.shared.web.PagedList;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The list of producers (searched, filtered and paged by the database, exported to Excel) and the registration form. */
@Named
@ViewScoped
public class ProducersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Producers registrations;

    @Inject
    Geography geography;

    @Inject
    ProducerWorkbooks workbooks;

    @Inject
    UserSession session;

    private String text;
    private Long communeId;
    private ProducerType type;
    private ProducerStatus status;
    private PagedList<ProducerView> list;
    private List<UnitView> communes;
    private ProducerForm form = new ProducerForm();

    @PostConstruct
    void init() {
        list = new PagedList<>((sort, first, size) -> registrations.producers(filter(), sort, first, size), ProducerView::id);
        communes = geography.communes().stream().filter(c -> session.covers(c.id())).toList();
    }

    private ProducerFilter filter() {
        return new ProducerFilter(text, communeId, type, status);
    }

    /** The producers the list shows with the current filters, all of them, as an .xlsx file. */
    public void exportExcel() {
        byte[] workbook = workbooks.export(filter());
        String day = LocalDate.now(Clocks.VIETNAM).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        Downloads.send(Texts.get("registration_producers.exportFileName", day), Downloads.XLSX, workbook);
    }

    public void startRegistration() {
        form = new ProducerForm();
        form.setCommuneId(session.getCaller().unitId());
    }

    /** Registers the producer and opens its page (where its products, managers and support are recorded next). */
    public void register() throws java.io.IOException {
        ProducerView producer = registrations.registerProducer(form);
        Texts.info("registration_producers.registered", producer.name());
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/registration/producer.xhtml?id=" + producer.id());
    }

    public ProducerStatus[] getStatuses() { return ProducerStatus.values(); }
    public PagedList<ProducerView> getList() { return list; }
    public List<UnitView> getCommunes() { return communes; }
    public ProducerForm getForm() { return form; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = communeId; }
    public ProducerStatus getStatus() { return status; }
    public void setStatus(ProducerStatus status) { this.status = status; }
    public ProducerType getType() { return type; }
    public void setType(ProducerType type) { this.type = type; }

    // The filters given in the address (a count of the statistics, a bookmark).
    public String getCommuneParameter() { return communeId == null ? null : communeId.toString(); }
    public void setCommuneParameter(String text) { communeId = AddressFilter.id(text); }
    public String getTypeParameter() { return type == null ? null : type.name(); }
    public void setTypeParameter(String text) { type = AddressFilter.value(ProducerType.class, text); }
    public String getStatusParameter() { return status == null ? null : status.name(); }
    public void setStatusParameter(String text) { status = AddressFilter.value(ProducerStatus.class, text); }

    /** The filters applied, shown as chips above the list. */
    public List<FilterChips.Chip> getChips() {
        return new FilterChips("registration/producers.xhtml")
                .commune(communeId, "registration_producers.commune", communes)
                .add("type", type, "registration_producers.type", type == null ? null : Texts.get("ProducerType." + type.name()))
                .add("status", status, "registration_producers.status", status == null ? null : Texts.get("ProducerStatus." + status.name()))
                .chips();
    }
}
