package vn.ocop.planning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.ocop.shared.control.BusinessException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One target of a plan: what it counts, in which unit, how much; the actual is computed, never kept. */
@Entity
@Table(name = "plan_target")
public class PlanTarget {

    public static final int MAX_NOTE = 300;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999");

    @Id
    @SequenceGenerator(name = "seq_plan_target", sequenceName = "seq_plan_target", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_plan_target")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TargetKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TargetUnit unit;

    private Integer stars;

    @Column(nullable = false, precision = 15, scale = 1)
    private BigDecimal amount;

    @Column(length = MAX_NOTE)
    private String note;

    protected PlanTarget() {
    }

    PlanTarget(Plan plan, int position, TargetKind kind, TargetUnit unit, Integer stars, BigDecimal amount, String note) {
        check(kind, unit, stars, amount, note);
        this.plan = plan;
        this.position = position;
        this.kind = kind;
        this.unit = unit;
        this.stars = stars;
        this.amount = unit == TargetUnit.PERCENT ? amount.setScale(1, RoundingMode.HALF_UP) : amount.setScale(0, RoundingMode.HALF_UP);
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The rules of one target: a kind the plan keeps, a unit of that kind, a class only where one is counted, an amount in range. */
    static void check(TargetKind kind, TargetUnit unit, Integer stars, BigDecimal amount, String note) {
        if (kind == null || !kind.isPlanned()) {
            throw BusinessException.onField("kind", "plans.target.kind");
        }
        if (unit == null || !kind.takes(unit)) {
            throw BusinessException.onField("unit", "plans.target.unit");
        }
        if (stars != null && (kind != TargetKind.PRODUCTS_RECOGNISED || stars < 3 || stars > 5)) {
            throw BusinessException.onField("stars", "plans.target.stars");
        }
        if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0
                || unit == TargetUnit.PERCENT && amount.compareTo(HUNDRED) > 0) {
            throw BusinessException.onField("amount", unit == TargetUnit.PERCENT ? "plans.target.percent" : "plans.target.amount");
        }
        if (unit != TargetUnit.PERCENT && amount.stripTrailingZeros().scale() > 0) {
            throw BusinessException.onField("amount", "plans.target.whole");
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw BusinessException.onField("note", "error.tooLong", MAX_NOTE);
        }
    }

    String describe() {
        return kind + "/" + unit + (stars == null ? "" : "/" + stars) + "=" + amount.toPlainString();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public TargetKind getKind() {
        return kind;
    }

    public TargetUnit getUnit() {
        return unit;
    }

    public Integer getStars() {
        return stars;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }
}
