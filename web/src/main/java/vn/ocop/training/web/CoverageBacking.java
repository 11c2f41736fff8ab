package vn.ocop.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;
import vn.ocop.training.boundary.TargetView;
import vn.ocop.training.boundary.TrainingCoverage;
import vn.ocop.training.control.CoverageRules;
import vn.ocop.training.control.Trainee;
import vn.ocop.training.entity.Audience;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The coverage of the plan's targets in a year, the people still to train, the targets, the report. */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingCoverage coverage;

    @Inject
    UserSession session;

    private Integer year;
    private Audience audience;
    private List<CoverageRules.Line> lines;
    private List<CoverageRules.Line> totals;
    private List<Trainee> toTrain;
    private final Map<Audience, Integer> targets = new HashMap<>();

    /** Called when the page opens: this year. */
    public void load() {
        if (year == null) {
            List<Integer> years = coverage.years();
            int now = LocalDate.now(Clocks.VIETNAM).getYear();
            year = years.contains(now) ? now : years.get(years.size() - 1);
        }
        refresh();
    }

    public void refresh() {
        lines = coverage.lines(year);
        totals = CoverageRules.totals(lines);
        toTrain = coverage.toTrain(audience, null);
        targets.clear();
        coverage.targets(year).forEach(t -> targets.put(t.audience(), t.percent()));
    }

    public void saveTargets() {
        for (TargetView current : coverage.targets(year)) {
            Integer wanted = targets.get(current.audience());
            if (wanted != null && (wanted != current.percent() || !current.set())) {
                coverage.setTarget(year, current.audience(), wanted);
            }
        }
        refresh();
        Texts.info("general.saved");
    }

    public void printReport() {
        Downloads.send(Texts.get("training_coverage.reportFileName", year), "application/pdf", coverage.reportPdf(year));
    }

    /** The names, comma separated; a dash for none. */
    public String names(List<String> names) {
        return names == null || names.isEmpty() ? "—" : String.join(", ", names);
    }

    public boolean isOffice() {
        return session.hasRole("OFFICER");
    }

    public List<Integer> getYears() {
        return coverage.years();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public List<CoverageRules.Line> getLines() { return lines; }
    public List<CoverageRules.Line> getTotals() { return totals; }
    public List<Trainee> getToTrain() { return toTrain; }
    public Map<Audience, Integer> getTargets() { return targets; }
}
