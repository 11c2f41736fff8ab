package vn.ocop.rating.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.rating.control.Conclusion;
import vn.ocop.rating.control.ConclusionProposal;
import vn.ocop.rating.control.GateReason;
import vn.ocop.rating.control.ProductResult;
import vn.ocop.registration.entity.Product;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.entity.Auditable;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A product of a round and the scoring sheet its members score it on (that of its product set);
 * the council's conclusion on it as the office records it during the session, and the result as
 * it stood when the round was concluded (frozen: never recomputed afterwards).
 */
@Entity
@Table(name = "round_product")
@NamedQuery(name = RoundProduct.OF_ROUND, query = "SELECT rp FROM RoundProduct rp JOIN FETCH rp.product p"
        + " JOIN FETCH p.producer JOIN FETCH p.productSet WHERE rp.round = :round ORDER BY p.nameKey, p.id")
@NamedQuery(name = RoundProduct.BY_PRODUCT, query = "SELECT rp FROM RoundProduct rp JOIN FETCH rp.round r"
        + " WHERE r.id = :round AND rp.product.id = :product")
@NamedQuery(name = RoundProduct.ELSEWHERE, query = "SELECT COUNT(rp) FROM RoundProduct rp WHERE rp.product = :product"
        + " AND rp.round <> :round AND rp.round.level = :level AND rp.round.status <> :concluded")
@NamedQuery(name = RoundProduct.CANDIDATES, query = "SELECT p FROM Product p JOIN FETCH p.producer pr JOIN FETCH p.productSet s"
        + " WHERE p.step = :step AND s.criteriaSet = :criteriaSet AND (p.nameKey LIKE :key OR pr.nameKey LIKE :key)"
        + " AND NOT EXISTS (SELECT rp FROM RoundProduct rp WHERE rp.round = :round AND rp.product = p)"
        + " ORDER BY p.nameKey, p.id")
@NamedQuery(name = RoundProduct.COUNT_CANDIDATES, query = "SELECT COUNT(p) FROM Product p JOIN p.producer pr JOIN p.productSet s"
        + " WHERE p.step = :step AND s.criteriaSet = :criteriaSet AND (p.nameKey LIKE :key OR pr.nameKey LIKE :key)"
        + " AND NOT EXISTS (SELECT rp FROM RoundProduct rp WHERE rp.round = :round AND rp.product = p)")
@NamedQuery(name = RoundProduct.FORWARDED_CANDIDATES, query = "SELECT p FROM Product p JOIN FETCH p.producer pr JOIN FETCH p.productSet s"
        + " WHERE p.step = :step AND s.criteriaSet = :criteriaSet AND (p.nameKey LIKE :key OR pr.nameKey LIKE :key)"
        + " AND NOT EXISTS (SELECT rp FROM RoundProduct rp WHERE rp.round = :round AND rp.product = p)"
        + " AND EXISTS (SELECT f FROM RoundProduct f WHERE f.product = p AND f.forwardTo = :level AND f.round.status = :concluded)"
        + " ORDER BY p.nameKey, p.id")
@NamedQuery(name = RoundProduct.COUNT_FORWARDED_CANDIDATES, query = "SELECT COUNT(p) FROM Product p JOIN p.producer pr JOIN p.productSet s"
        + " WHERE p.step = :step AND s.criteriaSet = :criteriaSet AND (p.nameKey LIKE :key OR pr.nameKey LIKE :key)"
        + " AND NOT EXISTS (SELECT rp FROM RoundProduct rp WHERE rp.round = :round AND rp.product = p)"
        + " AND EXISTS (SELECT f FROM RoundProduct f WHERE f.product = p AND f.forwardTo = :level AND f.round.status = :concluded)")
@NamedQuery(name = RoundProduct.PRESCREENED_CANDIDATES, query = "SELECT p FROM Product p JOIN FETCH p.producer pr JOIN FETCH p.productSet s"
        + " WHERE p.step = :step AND s.criteriaSet = :criteriaSet AND (p.nameKey LIKE :key OR pr.nameKey LIKE :key)"
        + " AND NOT EXISTS (SELECT rp FROM RoundProduct rp WHERE rp.round = :round AND rp.product = p)"
        + RoundProduct.PRESCREEN_PASSED + " ORDER BY p.nameKey, p.id")
@NamedQuery(name = RoundProduct.COUNT_PRESCREENED_CANDIDATES, query = "SELECT COUNT(p) FROM Product p JOIN p.producer pr JOIN p.productSet s"
        + " WHERE p.step = :step AND s.criteriaSet = :criteriaSet AND (p.nameKey LIKE :key OR pr.nameKey LIKE :key)"
        + " AND NOT EXISTS (SELECT rp FROM RoundProduct rp WHERE rp.round = :round AND rp.product = p)"
        + RoundProduct.PRESCREEN_PASSED)
@NamedQuery(name = RoundProduct.FORWARDED, query = "SELECT COUNT(f) FROM RoundProduct f WHERE f.product = :product"
        + " AND f.forwardTo = :level AND f.round.status = :concluded")
@NamedQuery(name = RoundProduct.GATES_OF_ROUND, query = "SELECT NEW vn.ocop.rating.entity.FrozenGateRow(rp.id, g.stars,"
        + " g.criterionCode, g.criterionTitle, g.criterion, g.option, g.required, g.found, g.sheetsMet, g.sheets)"
        + " FROM RoundProduct rp JOIN rp.gates g WHERE rp.round = :round ORDER BY rp.id, INDEX(g)")
public class RoundProduct implements Auditable {

    /** The frozen missed marks of a round's products ({@link FrozenGateRow}), per product in print order. */
    public static final String GATES_OF_ROUND = "RoundProduct.gatesOfRound";

    public static final String OF_ROUND = "RoundProduct.ofRound";
    public static final String BY_PRODUCT = "RoundProduct.byProduct";
    public static final String ELSEWHERE = "RoundProduct.elsewhere";
    public static final String CANDIDATES = "RoundProduct.candidates";
    public static final String COUNT_CANDIDATES = "RoundProduct.countCandidates";
    public static final String FORWARDED_CANDIDATES = "RoundProduct.forwardedCandidates";
    public static final String COUNT_FORWARDED_CANDIDATES = "RoundProduct.countForwardedCandidates";
    public static final String FORWARDED = "RoundProduct.forwarded";
    public static final String PRESCREENED_CANDIDATES = "RoundProduct.prescreenedCandidates";
    public static final String COUNT_PRESCREENED_CANDIDATES = "RoundProduct.countPrescreenedCandidates";
    /** The product's current submission (its latest move) passed the commune's pre-screen. */
    static final String PRESCREEN_PASSED = " AND EXISTS (SELECT ps FROM Prescreen ps JOIN ps.submission sub WHERE ps.product = p"
            + " AND ps.outcome = :passed AND NOT EXISTS (SELECT t FROM ProductTransition t WHERE t.product = p"
            + " AND (t.occurredAt > sub.occurredAt OR (t.occurredAt = sub.occurredAt AND t.id > sub.id))))";

    @Id
    @SequenceGenerator(name = "seq_round_product", sequenceName = "seq_round_product", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_round_product")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private EvaluationRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false, updatable = false)
    private ScoringSheet sheet;

    /** The product's id, without loading the product (audit states name it). */
    @Column(name = "product_id", insertable = false, updatable = false)
    private Long productId;

    /** The sheet's id, without loading the sheet (its form is cached by id). */
    @Column(name = "sheet_id", insertable = false, updatable = false)
    private Long sheetId;

    @Column(name = "added_at", nullable = false, updatable = false)
    private LocalDateTime addedAt;

    /** Which of the product's dossiers the round evaluates; null for the rows added before it was recorded. */
    @Column(name = "dossier_number", updatable = false)
    private Integer dossierNumber;

    /** The council's conclusion; null while the rules' proposal stands. */
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Conclusion conclusion;

    @Column(name = "conclusion_note", length = MAX_NOTE)
    private String conclusionNote;

    private Integer members;

    @Column(precision = 5, scale = 2)
    private BigDecimal mean;

    @Column(name = "part_a", precision = 5, scale = 2)
    private BigDecimal partA;

    @Column(name = "part_b", precision = 5, scale = 2)
    private BigDecimal partB;

    @Column(name = "part_c", precision = 5, scale = 2)
    private BigDecimal partC;

    @Column(name = "band_stars")
    private Integer bandStars;

    private Integer stars;

    /** The star marks that lowered the class, as printed ("4★: A.1.2 …; …"); null when none. */
    @Column(name = "gated_by", length = 2000)
    private String gatedBy;

    /** The same marks, one per row, as structured values (rounds concluded since they are kept). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "round_product_gate", joinColumns = @JoinColumn(name = "round_product_id"))
    @OrderColumn(name = "position")
    private List<FrozenGate> gates = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "forward_to", length = 20)
    private EvaluationLevel forwardTo;

    @Version
    private long version;

    protected RoundProduct() {
    }

    RoundProduct(EvaluationRound round, Product product, ScoringSheet sheet, LocalDateTime at) {
        this.round = round;
        this.product = product;
        this.productId = product.getId();
        this.sheet = sheet;
        this.sheetId = sheet.getId();
        this.addedAt = at;
        this.dossierNumber = product.getDossierNumber();
    }

    public static final int MAX_NOTE = 1000;

    /**
     * Records the council's conclusion. The council may take the rules' proposal or something
     * less: return the dossier for completion, or not recognise; never more than the rules allow.
     * A conclusion other than the proposal needs its reason.
     */
    public void decide(Conclusion decided, ConclusionProposal proposal, String note) {
        round.requireScoring();
        if (!round.isResultsOpened()) {
            throw new BusinessException("rating.round.resultsNotOpen");
        }
        if (decided == null) {
            throw BusinessException.onField("conclusion", "error.required");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw BusinessException.onField("conclusionNote", "error.tooLong", MAX_NOTE);
        }
        boolean less = decided == Conclusion.RETURN_FOR_COMPLETION || decided == Conclusion.NOT_RECOGNISED;
        if (decided != proposal.conclusion() && !less) {
            throw BusinessException.onField("conclusion", "rating.result.conclusionNotAllowed");
        }
        if (decided != proposal.conclusion() && text == null) {
            throw BusinessException.onField("conclusionNote", "rating.result.conclusionReason");
        }
        this.conclusion = decided == proposal.conclusion() && text == null ? null : decided;
        this.conclusionNote = text;
    }

    /** The council's conclusion, or the proposal where the council kept it. */
    public Conclusion conclusionOr(ConclusionProposal proposal) {
        return conclusion == null ? proposal.conclusion() : conclusion;
    }

    /** Freezes the result when the round is concluded. */
    public void freeze(ProductResult result, ConclusionProposal proposal, String gates) {
        Conclusion decided = conclusionOr(proposal);
        this.conclusion = decided;
        this.members = result.members();
        this.mean = result.mean();
        this.partA = result.partA();
        this.partB = result.partB();
        this.partC = result.partC();
        this.bandStars = result.bandStars();
        this.stars = result.stars();
        this.gatedBy = gates == null || gates.isEmpty() ? null : gates.length() > 2000 ? gates.substring(0, 1999) + "…" : gates;
        this.gates.clear();
        result.gatedBy().forEach(miss -> this.gates.add(new FrozenGate(GateReason.of(miss))));
        boolean forwards = decided == Conclusion.FORWARD || decided == Conclusion.RECOGNISE_AND_FORWARD;
        this.forwardTo = forwards ? proposal.forwardTo() : null;
    }

    /** Whether the result is frozen (the round concluded). */
    public boolean frozen() {
        return mean != null;
    }

    @Override
    public String auditType() {
        return "RoundProduct";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "round=" + round.getId() + "; product=" + productId + " " + product.getName() + "; sheet=" + sheetId
                + (conclusion == null ? "" : "; conclusion=" + conclusion) + (conclusionNote == null ? "" : "; note=" + conclusionNote)
                + (mean == null ? "" : "; mean=" + mean + "; stars=" + stars);
    }

    public Long getId() {
        return id;
    }

    public EvaluationRound getRound() {
        return round;
    }

    public Product getProduct() {
        return product;
    }

    public ScoringSheet getSheet() {
        return sheet;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getSheetId() {
        return sheetId;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }

    /** Which of the product's dossiers the round evaluates (1 for the first); null when not recorded. */
    public Integer getDossierNumber() {
        return dossierNumber;
    }

    public Conclusion getConclusion() {
        return conclusion;
    }

    public String getConclusionNote() {
        return conclusionNote;
    }

    public Integer getMembers() {
        return members;
    }

    public BigDecimal getMean() {
        return mean;
    }

    public BigDecimal getPartA() {
        return partA;
    }

    public BigDecimal getPartB() {
        return partB;
    }

    public BigDecimal getPartC() {
        return partC;
    }

    public Integer getBandStars() {
        return bandStars;
    }

    public Integer getStars() {
        return stars;
    }

    public String getGatedBy() {
        return gatedBy;
    }

    public EvaluationLevel getForwardTo() {
        return forwardTo;
    }

    public long getVersion() {
        return version;
    }
}
