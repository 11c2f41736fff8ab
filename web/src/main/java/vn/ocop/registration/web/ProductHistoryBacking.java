package vn.ocop.registration.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.boundary.EvaluationRow;
import vn.ocop.certification.boundary.ProductHistory;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * The product's history of evaluations and its registration again for a re-evaluation or an upgrade, for the fragment
 * {@code /WEB-INF/includes/registration/product-history.xhtml} that the product page includes.
 */
@Named
@ViewScoped
public class ProductHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProductHistory history;

    @Inject
    Dossiers dossiers;

    private Long productId;
    private List<EvaluationRow> rows;
    private RegistrationType type;
    private String note;

    /** The rows of the product's history (read once per view). */
    public List<EvaluationRow> of(long productId) {
        if (rows == null || this.productId == null || this.productId != productId) {
            this.productId = productId;
            rows = history.of(productId);
        }
        return rows;
    }

    /** Opens the dialog for a re-evaluation or an upgrade. */
    public void start(RegistrationType type) {
        this.type = type;
        this.note = null;
    }

    /** Registers the product again from its last dossier, then shows the page anew with its new dossier. */
    public String confirm(long version) {
        dossiers.reRegister(productId, version, type, note);
        String label = Texts.get("RegistrationType." + type);
        Texts.info("registration_history.reRegistered", label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/registration/product?faces-redirect=true&id=" + productId;
    }

    public RegistrationType getType() {
        return type;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
