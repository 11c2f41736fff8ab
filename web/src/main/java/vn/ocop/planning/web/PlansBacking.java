package vn.ocop.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.planning.boundary.PlanForm;
import vn.ocop.planning.boundary.PlanView;
import vn.ocop.planning.boundary.Plans;
import vn.ocop.planning.boundary.TargetProgress;
import vn.ocop.planning.entity.Plan;
import vn.ocop.planning.entity.TargetKind;
import vn.ocop.planning.entity.TargetUnit;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.web.Texts;
import vn.ocop.training.entity.Audience;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The plans page: the plans by year with their progress; the office writes a year's plan (number,
 * date, title), its targets and the training coverage targets of that year.
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
    private boolean editing;

    // The form.
    private int formYear;
    private String number;
    private LocalDate issuedOn;
    private String title;
    private long version;
    private List<Row> rows = new ArrayList<>();
    private Map<Audience, Integer> training = new EnumMap<>(Audience.class);

    /** One target line of the form. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private TargetKind kind;
        private TargetUnit unit;
        private Integer stars;
        private BigDecimal amount;
        private String note;

        public TargetKind getKind() { return kind; }
        public void setKind(TargetKind kind) { this.kind = kind; }
        public TargetUnit getUnit() { return unit; }
        public void setUnit(TargetUnit unit) { this.unit = unit; }
        public Integer getStars() { return stars; }
        public void setStars(Integer stars) { this.stars = stars; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** Called once the view parameters are set. */
    public void load() {
        all = plans.plans();
        int shown = year != null ? year : LocalDate.now(Clocks.VIETNAM).getYear();
        selected = all.stream().filter(p -> p.year() == shown).findFirst()
                .orElse(year == null && !all.isEmpty() ? all.get(0) : null);
        if (selected == null && year != null) {
            formYear = year;
        }
    }

    /** Opens the form on the plan shown, or on a new plan of the year asked (this year by default). */
    public void edit() {
        rows = new ArrayList<>();
        training = new EnumMap<>(Audience.class);
        if (selected != null) {
            formYear = selected.year();
            number = selected.number();
            issuedOn = selected.issuedOn();
            title = selected.title();
            version = selected.version();
            for (TargetProgress t : selected.targets()) {
                if (t.kind() == TargetKind.TRAINING_COVERAGE) {
                    training.put(t.audience(), t.target().intValue());
                } else {
                    Row row = new Row();
                    row.kind = t.kind();
                    row.unit = t.unit();
                    row.stars = t.stars();
                    row.amount = t.target();
                    row.note = t.note();
                    rows.add(row);
                }
            }
        } else {
            if (formYear == 0) {
                formYear = LocalDate.now(Clocks.VIETNAM).getYear();
            }
            number = null;
            issuedOn = null;
            title = Texts.get("plans.defaultTitle", formYear);
            version = 0;
            Arrays.stream(Audience.values()).forEach(a -> training.put(a, 100));
        }
        editing = true;
    }

    public void newPlan() {
        selected = null;
        formYear = all.isEmpty() ? LocalDate.now(Clocks.VIETNAM).getYear() : all.get(0).year() + 1;
        edit();
    }

    public void addRow() {
        Row row = new Row();
        row.kind = TargetKind.PRODUCTS_EVALUATED;
        row.unit = TargetUnit.COUNT;
        rows.add(row);
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        List<Plan.TargetLine> lines = rows.stream()
                .map(r -> new Plan.TargetLine(r.kind, r.unit, r.kind == TargetKind.PRODUCTS_RECOGNISED ? r.stars : null, r.amount, r.note))
                .toList();
        PlanView saved = plans.save(new PlanForm(formYear, number, issuedOn, title, lines, training, version));
        Texts.info("plans.saved", saved.year());
        editing = false;
        year = saved.year();
        load();
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

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    /** Keeps a row's unit one its kind takes when the kind changes. */
    public void kindChanged(Row row) {
        if (row.kind != null && (row.unit == null || !row.kind.takes(row.unit))) {
            row.unit = row.kind.units().iterator().next();
        }
        if (row.kind != TargetKind.PRODUCTS_RECOGNISED) {
            row.stars = null;
        }
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public List<PlanView> getAll() { return all; }
    public PlanView getSelected() { return selected; }
    public boolean isEditing() { return editing; }
    public int getFormYear() { return formYear; }
    public void setFormYear(int formYear) { this.formYear = formYear; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<Row> getRows() { return rows; }
    public Map<Audience, Integer> getTraining() { return training; }
}
