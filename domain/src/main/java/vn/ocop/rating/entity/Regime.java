package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A regime: the rules of evaluation in force between two dates — 1048/QĐ-TTg
 * until 23/02/2023, 148/QĐ-TTg from 24/02/2023, 148 as amended by 1489/QĐ-TTg from 06/07/2025 —
 * with the criteria set it scores on and, as data, which level evaluates, recognises and forwards.
 */
@Entity
@Table(name = "rating_regime")
@NamedQuery(name = Regime.ALL, query = "SELECT r FROM Regime r ORDER BY r.period.effectiveFrom")
@NamedQuery(name = Regime.ON, query = "SELECT r FROM Regime r WHERE r.period.effectiveFrom <= :date"
        + " AND (r.period.effectiveTo IS NULL OR r.period.effectiveTo >= :date)")
public class Regime {

    public static final String ALL = "Regime.all";
    public static final String ON = "Regime.on";

    @Id
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criteria_set_id", nullable = false)
    private CriteriaSet criteriaSet;

    @Embedded
    private EffectivePeriod period;

    @Column(nullable = false, length = 500)
    private String source;

    @OneToMany(mappedBy = "regime")
    @OrderBy("position")
    private List<RecognitionRule> rules = new ArrayList<>();

    protected Regime() {
    }

    public Regime(Long id, String code, CriteriaSet criteriaSet, LocalDate effectiveFrom, LocalDate effectiveTo) {
        this.id = id;
        this.code = code;
        this.name = code;
        this.criteriaSet = criteriaSet;
        this.period = new EffectivePeriod(effectiveFrom, effectiveTo);
        this.source = "";
    }

    public boolean inForceOn(LocalDate date) {
        return period.includes(date);
    }

    /** Whether a council of the level evaluates under this regime. */
    public boolean evaluatesAt(EvaluationLevel level) {
        return rules.stream().anyMatch(r -> r.getLevel() == level && r.getAction() == RecognitionAction.EVALUATES);
    }

    /**
     * Whether the commune level pre-screens the dossiers for a council of the level under this regime (148/QĐ-TTg as
     * amended by 1489/QĐ-TTg: for the City's council).
     */
    public boolean prescreensFor(EvaluationLevel level) {
        return rules.stream().anyMatch(r -> r.getUnit() == null && r.getLevel() == EvaluationLevel.COMMUNE
                && r.getAction() == RecognitionAction.PRESCREENS && r.getToLevel() == level);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CriteriaSet getCriteriaSet() {
        return criteriaSet;
    }

    public EffectivePeriod getPeriod() {
        return period;
    }

    public String getSource() {
        return source;
    }

    public List<RecognitionRule> getRules() {
        return rules;
    }
}
