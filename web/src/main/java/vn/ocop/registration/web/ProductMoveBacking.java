package vn.ocop.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;

/** The product page's move in the cycle: the office accepts or returns an idea; the product moves one step on. */
@Named
@ViewScoped
public class ProductMoveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The move the cycle dialog is about to make. */
    public enum Move { ACCEPT, RETURN, ADVANCE }

    @Inject
    Products registrations;

    @Inject
    ProductBacking product;

    private Move move;
    private String note;
    private RegistrationType registrationType;

    private ProductView summary() {
        return product.getDetails().summary();
    }

    public void startMove(Move move) {
        this.move = move;
        this.note = null;
        this.registrationType = summary().registrationType() == null ? RegistrationType.FIRST_TIME : summary().registrationType();
    }

    public void confirmMove() {
        long id = product.getId();
        long version = summary().version();
        switch (move) {
            case ACCEPT -> registrations.decideIdea(id, version, true, note);
            case RETURN -> registrations.decideIdea(id, version, false, note);
            case ADVANCE -> registrations.advance(id, version, registrationType, note);
        }
        product.load();
        Texts.info("registration_product.moved", Texts.get("CycleStep." + summary().step()));
        PrimeFaces.current().executeScript("PF('moveDialog').hide()");
    }

    /** The label of the button that moves the product one step on, or null where none applies. */
    public String getAdvanceLabel() {
        return switch (summary().step()) {
            case IDEA_RETURNED -> "registration_product.resubmit";
            case IDEA_ACCEPTED -> "registration_product.submitPlan";
            case PLAN_SUBMITTED -> "registration_product.startPreparing";
            case PREPARING -> "registration_product.submitDossier";
            default -> null;
        };
    }

    public boolean isIdeaToDecide() {
        return summary().step() == CycleStep.IDEA_REGISTERED;
    }

    public Move getMove() { return move; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public RegistrationType getRegistrationType() { return registrationType; }
    public void setRegistrationType(RegistrationType registrationType) { this.registrationType = registrationType; }
}
