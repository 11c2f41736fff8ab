package vn.ocop.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.boundary.DecisionDetails;
import vn.ocop.certification.boundary.DecisionView;
import vn.ocop.certification.boundary.Decisions;
import vn.ocop.certification.boundary.RoundToRecognise;
import vn.ocop.shared.web.PagedList;

import java.io.Serializable;
import java.util.List;

/** The decisions (drafts on top) and the concluded rounds whose recognition decision the office may draft. */
@Named
@ViewScoped
public class DecisionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Decisions decisions;

    private PagedList<DecisionView> list;
    private List<RoundToRecognise> rounds;

    @PostConstruct
    void init() {
        list = new PagedList<>((first, size) -> decisions.list(first, size), DecisionView::id);
        rounds = decisions.rounds();
    }

    /** Drafts the recognition decision of a round and opens it. */
    public String draft(long roundId) {
        DecisionDetails drafted = decisions.draft(roundId);
        return "/certification/decision?faces-redirect=true&id=" + drafted.decision().id();
    }

    public PagedList<DecisionView> getList() {
        return list;
    }

    public List<RoundToRecognise> getRounds() {
        return rounds;
    }
}
