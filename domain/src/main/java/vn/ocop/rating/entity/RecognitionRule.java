package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.ocop.geography.entity.AdministrativeUnit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one level does under a regime: evaluates, recognises star classes, forwards products from
 * a score to the next level, or pre-screens. A rule without a unit is the national rule; a rule
 * with a unit and a period is that unit's local practice, which replaces the national rules of its
 * level for that unit during the period (e.g. Đan Phượng's 2019 plan). {@code certain} is false
 * where the reference marks the rule UNCERTAIN; the note says why.
 */
@Entity
@Table(name = "recognition_rule")
public class RecognitionRule {

    @Id
    @SequenceGenerator(name = "seq_recognition_rule", sequenceName = "seq_recognition_rule", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_recognition_rule")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regime_id", nullable = false)
    private Regime regime;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private AdministrativeUnit unit;

    @Column(name = "practice_from")
    private LocalDate practiceFrom;

    @Column(name = "practice_to")
    private LocalDate practiceTo;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvaluationLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecognitionAction action;

    @Column(name = "stars_from")
    private Integer starsFrom;

    @Column(name = "stars_to")
    private Integer starsTo;

    @Column(name = "min_score", precision = 5, scale = 2)
    private BigDecimal minScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level", length = 20)
    private EvaluationLevel toLevel;

    @Column(nullable = false)
    private boolean certain;

    @Column(nullable = false, length = 500)
    private String source;

    @Column(length = 1000)
    private String note;

    protected RecognitionRule() {
    }

    /** A national rule. */
    public RecognitionRule(EvaluationLevel level, RecognitionAction action, Integer starsFrom, Integer starsTo,
                           BigDecimal minScore, EvaluationLevel toLevel) {
        this.level = level;
        this.action = action;
        this.starsFrom = starsFrom;
        this.starsTo = starsTo;
        this.minScore = minScore;
        this.toLevel = toLevel;
        this.certain = true;
        this.source = "";
    }

    /** The same rule as a unit's local practice during a period (either end open). */
    public RecognitionRule practiceOf(AdministrativeUnit unit, LocalDate from, LocalDate to) {
        this.unit = unit;
        this.practiceFrom = from;
        this.practiceTo = to;
        return this;
    }

    /** Whether this is a unit's local practice rather than the national rule. */
    public boolean isLocal() {
        return unit != null;
    }

    /** Whether this local practice is the unit's on that date. */
    public boolean practiceOf(Long unitId, LocalDate date) {
        return unit != null && unit.getId().equals(unitId) && (practiceFrom == null || !date.isBefore(practiceFrom))
                && (practiceTo == null || !date.isAfter(practiceTo));
    }

    public Long getId() {
        return id;
    }

    public AdministrativeUnit getUnit() {
        return unit;
    }

    public LocalDate getPracticeFrom() {
        return practiceFrom;
    }

    public LocalDate getPracticeTo() {
        return practiceTo;
    }

    public int getPosition() {
        return position;
    }

    public EvaluationLevel getLevel() {
        return level;
    }

    public RecognitionAction getAction() {
        return action;
    }

    public Integer getStarsFrom() {
        return starsFrom;
    }

    public Integer getStarsTo() {
        return starsTo;
    }

    public BigDecimal getMinScore() {
        return minScore;
    }

    public EvaluationLevel getToLevel() {
        return toLevel;
    }

    public boolean isCertain() {
        return certain;
    }

    public String getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }
}
