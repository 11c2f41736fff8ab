package vn.ocop.certification.entity;

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
import vn.ocop.registration.entity.Product;

import java.time.LocalDate;

/** A product of the district in a received decision of a higher level, its class and the end of its validity. */
@Entity
@Table(name = "cert_received_product")
public class ReceivedProduct {

    @Id
    @SequenceGenerator(name = "seq_cert_received_product", sequenceName = "seq_cert_received_product", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_cert_received_product")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false, updatable = false)
    private ReceivedDecision decision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(nullable = false, updatable = false)
    private int stars;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    protected ReceivedProduct() {
    }

    ReceivedProduct(ReceivedDecision decision, Product product, int stars, LocalDate validUntil) {
        this.decision = decision;
        this.product = product;
        this.stars = stars;
        this.validUntil = validUntil;
    }

    public Long getId() {
        return id;
    }

    public ReceivedDecision getDecision() {
        return decision;
    }

    public Product getProduct() {
        return product;
    }

    public int getStars() {
        return stars;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
