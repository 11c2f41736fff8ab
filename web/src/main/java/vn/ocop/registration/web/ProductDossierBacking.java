package vn.ocop.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The product page's dossier: a document uploaded for an item of the checklist, a photo, a document removed. */
@Named
@ViewScoped
public class ProductDossierBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dossiers dossiers;

    @Inject
    ProductBacking product;

    private DossierItem item;
    private String issuer;
    private LocalDate issuedOn;
    private LocalDate validUntil;

    public void upload(FileUploadEvent event) {
        product.show(dossiers.upload(product.getId(), item, issuer, issuedOn, validUntil, event.getFile().getFileName(),
                event.getFile().getContent()));
        Texts.info("registration_product.uploaded", event.getFile().getFileName());
        issuer = null;
        issuedOn = null;
        validUntil = null;
    }

    public void uploadPhoto(FileUploadEvent event) {
        product.show(dossiers.upload(product.getId(), DossierItem.PHOTO, null, null, event.getFile().getFileName(),
                event.getFile().getContent()));
    }

    public void remove(long documentId) {
        product.show(dossiers.remove(documentId));
        Texts.info("registration_product.removed");
    }

    /** The items of the checklist of the product's registration (first time or again). */
    public List<DossierItem> getItems() {
        return Arrays.stream(DossierItem.values()).filter(i -> i.inChecklist(product.getDetails().summary().registrationType())).toList();
    }

    public DossierItem getItem() { return item; }
    public void setItem(DossierItem item) { this.item = item; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
}
