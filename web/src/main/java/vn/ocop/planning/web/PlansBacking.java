package vn.ocop.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.planning.boundary.PlanView;
import vn.ocop.planning.boundary.Plans;
import vn.ocop.shared.control.Clocks;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The plans page: the plans by year with their progress, the year asked (this year by default, else
 * the latest) shown. The office's form is {@link PlanFormBacking}'s.
 */
@Named
@ViewScoped
public class PlansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Plans plans;

    private Integer year;
    private List<PlanView> all;
    private PlanView selected;

    /** Called once the view parameters are set. */
    public void load() {
        all = plans.plans();
        int shown = year != null ? year : LocalDate.now(Clocks.VIETNAM).getYear();
        selected = all.stream().filter(p -> p.year() == shown).findFirst()
                .orElse(year == null && !all.isEmpty() ? all.get(0) : null);
    }

    /** Shows the plan of the year, read again (after it was saved). */
    public void show(int planYear) {
        year = planYear;
        load();
    }

    /** Shows no plan, while the form writes a new one. */
    public void unselect() {
        selected = null;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public List<PlanView> getAll() { return all; }
    public PlanView getSelected() { return selected; }
}
