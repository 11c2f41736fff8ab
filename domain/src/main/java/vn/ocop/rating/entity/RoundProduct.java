package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.ocop.registration.entity.Product;
import vn.ocop.shared.entity.Auditable;

import java.time.LocalDateTime;

/** A product of a round and the scoring sheet its members score it on (that of its product set). */
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
public class RoundProduct implements Auditable {

    public static final String OF_ROUND = "RoundProduct.ofRound";
    public static final String BY_PRODUCT = "RoundProduct.byProduct";
    public static final String ELSEWHERE = "RoundProduct.elsewhere";
    public static final String CANDIDATES = "RoundProduct.candidates";
    public static final String COUNT_CANDIDATES = "RoundProduct.countCandidates";

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

    protected RoundProduct() {
    }

    RoundProduct(EvaluationRound round, Product product, ScoringSheet sheet, LocalDateTime at) {
        this.round = round;
        this.product = product;
        this.productId = product.getId();
        this.sheet = sheet;
        this.sheetId = sheet.getId();
        this.addedAt = at;
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
        return "round=" + round.getId() + "; product=" + productId + " " + product.getName() + "; sheet=" + sheetId;
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
}
