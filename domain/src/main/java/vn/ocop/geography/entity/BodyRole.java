package vn.ocop.geography.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * What an issuing body does under one regime: whether its council evaluates, which star
 * classes it recognises (from..to, none when null), whether it pre-screens dossiers, and to whom it forwards the
 * products of a class from a score (a body's code, or {@value #CENTRAL} for the ministry). {@code certain} is false
 * where the reference marks the role UNCERTAIN; the note says why.
 */
@Entity
@Table(name = "issuing_body_role")
public class BodyRole {

    /** The code {@code forwardsTo} takes for the central level (the ministry). */
    public static final String CENTRAL = "CENTRAL";

    @Id
    @SequenceGenerator(name = "seq_issuing_body_role", sequenceName = "seq_issuing_body_role", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_issuing_body_role")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_code", nullable = false)
    private IssuingBody body;

    @Column(name = "regime_code", nullable = false, length = 30)
    private String regimeCode;

    @Column(nullable = false)
    private boolean evaluates;

    @Column(name = "recognises_from")
    private Integer recognisesFrom;

    @Column(name = "recognises_to")
    private Integer recognisesTo;

    @Column(nullable = false)
    private boolean prescreens;

    @Column(name = "forwards_to", length = 20)
    private String forwardsTo;

    @Column(name = "forwards_from")
    private Integer forwardsFrom;

    @Column(name = "forwards_score", precision = 5, scale = 2)
    private BigDecimal forwardsScore;

    @Column(nullable = false)
    private boolean certain;

    @Column(length = 1000)
    private String note;

    @Column(name = "confers_class", nullable = false)
    private boolean confersClass = true;

    protected BodyRole() {
    }

    /**
     * A role; {@code recognisesFrom}/{@code recognisesTo} null when the body recognises no class under the regime.
     */
    public BodyRole(IssuingBody body, String regimeCode, boolean evaluates, Integer recognisesFrom, Integer recognisesTo,
                    boolean prescreens, String forwardsTo, Integer forwardsFrom, BigDecimal forwardsScore) {
        this.body = body;
        this.regimeCode = regimeCode;
        this.evaluates = evaluates;
        this.recognisesFrom = recognisesFrom;
        this.recognisesTo = recognisesTo;
        this.prescreens = prescreens;
        this.forwardsTo = forwardsTo;
        this.forwardsFrom = forwardsFrom;
        this.forwardsScore = forwardsScore;
        this.certain = true;
    }

    /** Whether the body recognises that class under this regime. */
    public boolean recognises(int stars) {
        return recognisesFrom != null && recognisesTo != null && stars >= recognisesFrom && stars <= recognisesTo;
    }

    /**
     * Whether the body's recognition under this regime confers the star class (false: a recognition at the body's own
     * level, the class its council found being its proposal to the next body, as Đan Phượng's 2019 practice).
     */
    public boolean confersClass() {
        return confersClass;
    }

    /** The role as a recognition at the body's own level (for tests and reference data built in code). */
    public BodyRole atOwnLevel() {
        this.confersClass = false;
        return this;
    }

    /** Whether the body recognises any class under this regime. */
    public boolean recognisesAny() {
        return recognisesFrom != null;
    }

    public String getRegimeCode() {
        return regimeCode;
    }

    public boolean isEvaluates() {
        return evaluates;
    }

    public boolean isPrescreens() {
        return prescreens;
    }

    public String getForwardsTo() {
        return forwardsTo;
    }

    public boolean isCertain() {
        return certain;
    }

    public String getNote() {
        return note;
    }
}
