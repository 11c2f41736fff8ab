package vn.ocop.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.planning.boundary.PlanForm;
import vn.ocop.planning.boundary.PlanView;
import vn.ocop.planning.boundary.Plans;
import vn.ocop.planning.boundary.TargetProgress;
import vn.ocop.planning.entity.TargetKind;
import vn.ocop.planning.entity.TargetUnit;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.web.Texts;
import vn.ocop.training.entity.Audience;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The plans page's form: the office writes a year's plan (number, date, title), its targets and the training coverage targets. */
@Named
@ViewScoped
public class PlanFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Plans plans;

    @Inject
    PlansBacking shown;

    private boolean editing;
    private int formYear;
    private String number;
    private LocalDate issuedOn;
    private String title;
    private long version;
    private List<PlanTargetRow> rows = new ArrayList<>();
    private List<PlanTrainingRow> training = new ArrayList<>();

    /** Opens the form on the plan shown, or on a new plan of the year asked (this year by default). */
    public void edit() {
        PlanView selected = shown.getSelected();
        rows = new ArrayList<>();
        Map<Audience, Integer> targets = new EnumMap<>(Audience.class);
        if (selected != null) {
            formYear = selected.year();
            number = selected.number();
            issuedOn = selected.issuedOn();
            title = selected.title();
            version = selected.version();
            for (TargetProgress t : selected.targets()) {
                if (t.kind() == TargetKind.TRAINING_COVERAGE) {
                    targets.put(t.audience(), t.target().intValue());
                } else {
                    rows.add(PlanTargetRow.of(t));
                }
            }
        } else {
            if (formYear == 0) {
                formYear = shown.getYear() != null ? shown.getYear() : LocalDate.now(Clocks.VIETNAM).getYear();
            }
            number = null;
            issuedOn = null;
            title = Texts.get("plans.defaultTitle", formYear);
            version = 0;
        }
        training = Arrays.stream(Audience.values()).map(a -> new PlanTrainingRow(a, targets.getOrDefault(a, 100))).toList();
        editing = true;
    }

    /** A plan for the year after the latest (this year when there is none). */
    public void newPlan() {
        List<PlanView> all = shown.getAll();
        shown.unselect();
        formYear = all.isEmpty() ? LocalDate.now(Clocks.VIETNAM).getYear() : all.get(0).year() + 1;
        edit();
    }

    public void addRow() {
        rows.add(PlanTargetRow.blank());
    }

    public void removeRow(PlanTargetRow row) {
        rows.remove(row);
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        Map<Audience, Integer> targets = new EnumMap<>(Audience.class);
        training.forEach(t -> targets.put(t.getAudience(), t.getPercent()));
        PlanView saved = plans.save(new PlanForm(formYear, number, issuedOn, title, rows.stream().map(PlanTargetRow::line).toList(),
                targets, version));
        Texts.info("plans.saved", saved.year());
        editing = false;
        shown.show(saved.year());
    }

    public List<TargetKind> getKinds() {
        return Arrays.stream(TargetKind.values()).filter(TargetKind::isPlanned).toList();
    }

    /** The units a row's kind takes. */
    public List<TargetUnit> units(TargetKind kind) {
        return kind == null ? List.of() : Arrays.stream(TargetUnit.values()).filter(kind::takes).toList();
    }

    public List<Integer> getStarChoices() {
        return List.of(3, 4, 5);
    }

    public void kindChanged(PlanTargetRow row) {
        row.kindChanged();
    }

    public boolean isEditing() { return editing; }
    public int getFormYear() { return formYear; }
    public void setFormYear(int formYear) { this.formYear = formYear; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<PlanTargetRow> getRows() { return rows; }
    public List<PlanTrainingRow> getTraining() { return training; }
}
