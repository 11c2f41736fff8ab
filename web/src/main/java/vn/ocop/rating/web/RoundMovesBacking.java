package vn.ocop.rating.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.rating.boundary.Scoring;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;

/** The round page's moves: the office starts the scoring and concludes the round, the chair opens the results. */
@Named
@ViewScoped
public class RoundMovesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rounds rounds;

    @Inject
    Scoring scoring;

    @Inject
    RoundBacking round;

    public String startScoring() {
        rounds.startScoring(round.getId(), round.version());
        return reloaded("rating_round.scoringStarted");
    }

    public String conclude() {
        rounds.conclude(round.getId(), round.version());
        return reloaded("rating_round.concluded");
    }

    /** The chair opens the results to the members who submitted. */
    public String openResults() {
        scoring.openResults(round.getId());
        return reloaded("rating_round.resultsOpened");
    }

    /** The round's status changed: the page is shown afresh, with the confirmation. */
    private String reloaded(String key) {
        Texts.info(key);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/rating/round?faces-redirect=true&id=" + round.getId();
    }
}
