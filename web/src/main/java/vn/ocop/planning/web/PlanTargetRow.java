package vn.ocop.planning.web;

import vn.ocop.planning.boundary.TargetProgress;
import vn.ocop.planning.entity.Plan;
import vn.ocop.planning.entity.TargetKind;
import vn.ocop.planning.entity.TargetUnit;

import java.io.Serializable;
import java.math.BigDecimal;

/** One target line of the plan form. */
public class PlanTargetRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private TargetKind kind;
    private TargetUnit unit;
    private Integer stars;
    private BigDecimal amount;
    private String note;

    /** A new line: products evaluated, counted. */
    static PlanTargetRow blank() {
        PlanTargetRow row = new PlanTargetRow();
        row.kind = TargetKind.PRODUCTS_EVALUATED;
        row.unit = TargetUnit.COUNT;
        return row;
    }

    /** The line of a target already planned. */
    static PlanTargetRow of(TargetProgress target) {
        PlanTargetRow row = new PlanTargetRow();
        row.kind = target.kind();
        row.unit = target.unit();
        row.stars = target.stars();
        row.amount = target.target();
        row.note = target.note();
        return row;
    }

    /** The target the line plans; only products recognised name a class. */
    Plan.TargetLine line() {
        return new Plan.TargetLine(kind, unit, kind == TargetKind.PRODUCTS_RECOGNISED ? stars : null, amount, note);
    }

    /** Keeps the unit one the kind takes when the kind changes, and the class for products recognised only. */
    void kindChanged() {
        if (kind != null && (unit == null || !kind.takes(unit))) {
            unit = kind.units().iterator().next();
        }
        if (kind != TargetKind.PRODUCTS_RECOGNISED) {
            stars = null;
        }
    }

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
