package vn.ocop.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.ocop.registration.entity.Product;

import java.math.BigDecimal;

/**
 * A product as a decision's annex prints it, copied when the decision is drafted (from the round's frozen result,
 * or from the certificate a revocation revokes) and frozen with the decision when it is issued.
 */
@Entity
@Table(name = "cert_decision_product")
public class DecisionProduct {

    @Id
    @SequenceGenerator(name = "seq_cert_decision_product", sequenceName = "seq_cert_decision_product", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_cert_decision_product")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false, updatable = false)
    private Decision decision;

    @Column(nullable = false, updatable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(name = "product_id", insertable = false, updatable = false)
    private Long productId;

    @Column(name = "commune_id", updatable = false)
    private Long communeId;

    /** In a revocation: the certificate revoked. */
    @Column(name = "certificate_id", updatable = false)
    private Long certificateId;

    @Embedded
    private ProductSnapshot snapshot;

    @Column(name = "product_set", nullable = false, updatable = false, length = 300)
    private String productSet;

    @Column(precision = 5, scale = 2, updatable = false)
    private BigDecimal score;

    @Column(nullable = false, updatable = false)
    private int stars;

    @Column(updatable = false, length = 300)
    private String note;

    protected DecisionProduct() {
    }

    DecisionProduct(Decision decision, int position, Line line) {
        this.decision = decision;
        this.position = position;
        this.product = line.product();
        this.productId = line.product().getId();
        this.communeId = line.communeId();
        this.certificateId = line.certificateId();
        this.snapshot = new ProductSnapshot(line.productName(), line.producerName(), line.address());
        this.productSet = line.productSet();
        this.score = line.score();
        this.stars = line.stars();
        this.note = line.note();
    }

    /** What the annex prints about a product, as the boundary collects it. */
    public record Line(Product product, Long communeId, Long certificateId, String productName, String producerName,
                       String address, String productSet, BigDecimal score, int stars, String note) {
    }

    public Long getId() {
        return id;
    }

    public Decision getDecision() {
        return decision;
    }

    public int getPosition() {
        return position;
    }

    public Product getProduct() {
        return product;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public ProductSnapshot getSnapshot() {
        return snapshot;
    }

    public String getProductSet() {
        return productSet;
    }

    public BigDecimal getScore() {
        return score;
    }

    public int getStars() {
        return stars;
    }

    public String getNote() {
        return note;
    }
}
