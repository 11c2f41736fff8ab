package vn.ocop.rating.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.rating.boundary.QuorumView;
import vn.ocop.rating.boundary.ResultView;
import vn.ocop.rating.boundary.Results;
import vn.ocop.rating.control.Conclusion;
import vn.ocop.rating.control.GateReason;
import vn.ocop.rating.control.GateRule;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * The results section of a round's page, once the chair opened them: per product the mean, parts,
 * class, the star marks that lowered it, the members beyond the spread, the rules' proposal and the
 * council's conclusion (recorded by the office), the quorum. A council member sees a product's row
 * only once their own sheet for it is in; the others are marked sealed, without figures.
 */
@Named
@ViewScoped
public class RoundResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Results results;

    @Inject
    RoundBacking round;

    private List<ResultView> items;
    private QuorumView quorum;
    private GateRule gateRule;

    private Long productId;
    private String product;
    private Conclusion conclusion;
    private String note;
    private List<Conclusion> conclusions = List.of();

    /** The results, computed once per view and again after a change. */
    public List<ResultView> getItems() {
        if (items == null) {
            items = results.results(round.getId());
        }
        return items;
    }

    public QuorumView getQuorum() {
        if (quorum == null) {
            quorum = results.quorum(round.getId());
        }
        return quorum;
    }

    /** When the council meets a star mark, for the sentence above the results. */
    public GateRule getGateRule() {
        if (gateRule == null) {
            gateRule = results.gateRule(round.getId());
        }
        return gateRule;
    }

    /** Opens the conclusion dialog for a product: the proposal and what the council may conclude instead. */
    public void startDecision(ResultView result) {
        productId = result.product().productId();
        product = result.product().product();
        conclusion = result.conclusion();
        note = result.conclusionNote();
        conclusions = result.proposal() == null ? List.of()
                : List.of(result.proposal(), Conclusion.RETURN_FOR_COMPLETION, Conclusion.NOT_RECOGNISED).stream().distinct().toList();
    }

    public void decide() {
        results.decide(round.getId(), productId, round.getDetails().round().version(), conclusion, note);
        round.load();
        items = null;
        Texts.info("general.saved");
        PrimeFaces.current().executeScript("PF('decisionDialog').hide()");
    }

    /** A missed star mark in the user's language. */
    public String gate(GateReason miss) {
        return Texts.get(miss.messageKey(), miss.arguments());
    }

    public Long getProductId() {
        return productId;
    }

    public String getProduct() {
        return product;
    }

    public Conclusion getConclusion() {
        return conclusion;
    }

    public void setConclusion(Conclusion conclusion) {
        this.conclusion = conclusion;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Conclusion> getConclusions() {
        return conclusions;
    }
}
