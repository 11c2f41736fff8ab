package vn.ocop.registration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.registration.boundary.PrescreenedView;
import vn.ocop.registration.boundary.Prescreens;
import vn.ocop.registration.entity.PrescreenOutcome;
import vn.ocop.shared.web.AddressFilter;
import vn.ocop.shared.web.PagedList;

import java.io.Serializable;

/** The dossiers the communes pre-screened (a commune officer: their own commune's), latest first, by outcome. */
@Named
@ViewScoped
public class PrescreenedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Prescreens prescreens;

    private PrescreenOutcome outcome;
    private PagedList<PrescreenedView> list;

    @PostConstruct
    void init() {
        list = new PagedList<>((sort, first, size) -> prescreens.prescreened(outcome, first, size), PrescreenedView::prescreenId);
    }

    public PrescreenOutcome[] getOutcomes() {
        return PrescreenOutcome.values();
    }

    public PagedList<PrescreenedView> getList() {
        return list;
    }

    public PrescreenOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(PrescreenOutcome outcome) {
        this.outcome = outcome;
    }

    /** The outcome given in the address (a bookmark, a link passed on). */
    public String getOutcomeParameter() {
        return outcome == null ? null : outcome.name();
    }

    public void setOutcomeParameter(String text) {
        outcome = AddressFilter.value(PrescreenOutcome.class, text);
    }
}
