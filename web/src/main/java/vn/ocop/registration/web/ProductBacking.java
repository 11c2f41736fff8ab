package vn.ocop.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import vn.ocop.registration.boundary.DossierView;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.boundary.ProductDetails;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A product: its details, its timeline in the cycle with the next move, its dossier and photos. */
@Named
@ViewScoped
public class ProductBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The move the cycle dialog is about to make. */
    public enum Move { ACCEPT, RETURN, ADVANCE }

    @Inject
    Products registrations;

    @Inject
    vn.ocop.certification.boundary.Certificates certificates;

    @Inject
    vn.ocop.shared.web.UserSession session;

    @Inject
    Dossiers dossiers;

    private Long id;
    private vn.ocop.certification.boundary.CertificateView result;
    private ProductDetails details;
    private DossierView dossier;

    private Move move;
    private String note;
    private RegistrationType registrationType;

    private String name;
    private String description;
    private Integer samples;

    private DossierItem item;
    private String issuer;
    private LocalDate issuedOn;
    private LocalDate validUntil;

    /** Called by the view parameter: reads the product and its dossier. */
    public void load() {
        if (id == null) {
            throw new BusinessException("error.notFound");
        }
        details = registrations.productDetails(id);
        dossier = dossiers.dossier(id);
        result = session.hasRole("COUNCIL") ? null : certificates.latestOf(java.util.List.of(id)).get(id);
    }

    /** The product's OCOP result: its latest certificate (class, number, validity, state today), or null. */
    public vn.ocop.certification.boundary.CertificateView getResult() {
        return result;
    }

    public void startMove(Move move) {
        this.move = move;
        this.note = null;
        this.registrationType = details.summary().registrationType() == null ? RegistrationType.FIRST_TIME
                : details.summary().registrationType();
    }

    public void confirmMove() {
        long version = details.summary().version();
        switch (move) {
            case ACCEPT -> registrations.decideIdea(id, version, true, note);
            case RETURN -> registrations.decideIdea(id, version, false, note);
            case ADVANCE -> registrations.advance(id, version, registrationType, note);
        }
        load();
        Texts.info("registration_product.moved", Texts.get("CycleStep." + details.summary().step()));
        PrimeFaces.current().executeScript("PF('moveDialog').hide()");
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

    public void upload(FileUploadEvent event) {
        dossier = dossiers.upload(id, item, issuer, issuedOn, validUntil, event.getFile().getFileName(), event.getFile().getContent());
        details = registrations.productDetails(id);
        Texts.info("registration_product.uploaded", event.getFile().getFileName());
        issuer = null;
        issuedOn = null;
        validUntil = null;
    }

    public void uploadPhoto(FileUploadEvent event) {
        dossier = dossiers.upload(id, DossierItem.PHOTO, null, null, event.getFile().getFileName(),
                event.getFile().getContent());
        details = registrations.productDetails(id);
    }

    public void remove(long documentId) {
        dossier = dossiers.remove(documentId);
        details = registrations.productDetails(id);
        Texts.info("registration_product.removed");
    }

    /** The label of the button that moves the product one step on, or null where none applies. */
    public String getAdvanceLabel() {
        return switch (details.summary().step()) {
            case IDEA_RETURNED -> "registration_product.resubmit";
            case IDEA_ACCEPTED -> "registration_product.submitPlan";
            case PLAN_SUBMITTED -> "registration_product.startPreparing";
            case PREPARING -> "registration_product.submitDossier";
            default -> null;
        };
    }

    public boolean isIdeaToDecide() {
        return details.summary().step() == CycleStep.IDEA_REGISTERED;
    }

    public List<DossierItem> getItems() {
        return Arrays.stream(DossierItem.values()).filter(i -> i.inChecklist(details.summary().registrationType())).toList();
    }

    public RegistrationType[] getRegistrationTypes() {
        return RegistrationType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProductDetails getDetails() {
        return details;
    }

    public DossierView getDossier() {
        return dossier;
    }

    public Move getMove() {
        return move;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public RegistrationType getRegistrationType() {
        return registrationType;
    }

    public void setRegistrationType(RegistrationType registrationType) {
        this.registrationType = registrationType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getSamples() {
        return samples;
    }

    public void setSamples(Integer samples) {
        this.samples = samples;
    }

    public DossierItem getItem() {
        return item;
    }

    public void setItem(DossierItem item) {
        this.item = item;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
