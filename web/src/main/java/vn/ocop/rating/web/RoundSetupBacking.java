package vn.ocop.rating.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.rating.boundary.CandidateView;
import vn.ocop.rating.boundary.RoundForm;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.shared.web.PagedList;

import java.io.Serializable;

/** The office sets up the round of the round page: its details, and the products it evaluates (found among the candidates). */
@Named
@ViewScoped
public class RoundSetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rounds rounds;

    @Inject
    RoundBacking round;

    private RoundForm form;
    private String candidateText;
    private PagedList<CandidateView> candidates;

    public void startEdit() {
        form = RoundForm.of(round.getDetails().round());
    }

    public void saveEdit() {
        round.show(rounds.update(round.getId(), round.version(), form), "editDialog");
    }

    public void addProduct(long productId) {
        round.show(rounds.addProduct(round.getId(), round.version(), productId), null);
    }

    public void removeProduct(long productId) {
        round.show(rounds.removeProduct(round.getId(), round.version(), productId), null);
    }

    /** The round's details as the edit dialog holds them: those of the round shown until the dialog opens. */
    public RoundForm getForm() {
        if (form == null) {
            form = round.getDetails() == null ? new RoundForm() : RoundForm.of(round.getDetails().round());
        }
        return form;
    }

    public String getCandidateText() {
        return candidateText;
    }

    public void setCandidateText(String candidateText) {
        this.candidateText = candidateText;
    }

    /** The products the round may take, filtered by the search text (none for a council member, who sees no candidates). */
    public PagedList<CandidateView> getCandidates() {
        if (candidates == null && round.getDetails() != null) {
            long id = round.getId();
            candidates = new PagedList<>((first, size) -> rounds.candidates(id, candidateText, first, size), CandidateView::productId);
        }
        return candidates;
    }
}
