package vn.ocop.rating.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.rating.boundary.CriteriaCatalogue;
import vn.ocop.rating.boundary.CriteriaSetView;
import vn.ocop.rating.boundary.RegimeView;
import vn.ocop.shared.control.Clocks;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The criteria catalogue: the criteria sets with their sheets' status, and the regimes with the one in force on a date. */
@Named
@ViewScoped
public class CriteriaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CriteriaCatalogue catalogue;

    private List<CriteriaSetView> sets;
    private List<RegimeView> regimes;
    private LocalDate date;
    private RegimeView regime;

    @PostConstruct
    void init() {
        sets = catalogue.criteriaSets();
        regimes = catalogue.regimes();
        date = LocalDate.now(Clocks.VIETNAM);
        findRegime();
    }

    /** The regime in force on the chosen date (a message when none is, before 21/08/2019). */
    public void findRegime() {
        regime = null;
        if (date != null) {
            regime = catalogue.regimeOn(date);
        }
    }

    public List<CriteriaSetView> getSets() {
        return sets;
    }

    public List<RegimeView> getRegimes() {
        return regimes;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public RegimeView getRegime() {
        return regime;
    }
}
