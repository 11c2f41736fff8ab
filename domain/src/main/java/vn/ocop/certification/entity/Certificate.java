package vn.ocop.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.certification.control.Validity;
import vn.ocop.registration.entity.Product;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.entity.Auditable;
import vn.ocop.shared.entity.IssuedFile;

import java.time.LocalDate;

/**
 * The OCOP certificate of a product recognised by an issued decision: its number, the product, producer and
 * address and the class as printed, 36 months of validity from the decision's signing, the PDF as issued. Its state
 * moves with the dates (the daily timer marks expiring and expired) or by a revocation decision.
 */
@Entity
@Table(name = "cert_certificate")
@NamedQuery(name = Certificate.BY_NUMBER, query = "SELECT c FROM Certificate c WHERE c.number = :number")
@NamedQuery(name = Certificate.OF_DECISION, query = "SELECT c FROM Certificate c WHERE c.decision = :decision ORDER BY c.number")
@NamedQuery(name = Certificate.BATCH_PRINTED, query = "UPDATE Decision d SET d.certificatesPdf = :batch WHERE d.id = :id"
        + " AND d.certificatesPdf IS NULL")
@NamedQuery(name = Certificate.AWAITING_PRINT, query = "SELECT DISTINCT c.decision.id FROM Certificate c WHERE c.pdf IS NULL")
@NamedQuery(name = Certificate.MARK_EXPIRED, query = "UPDATE Certificate c SET c.status = vn.ocop.certification.entity.CertificateStatus.EXPIRED,"
        + " c.version = c.version + 1 WHERE c.validUntil < :today AND c.status IN (vn.ocop.certification.entity.CertificateStatus.VALID,"
        + " vn.ocop.certification.entity.CertificateStatus.EXPIRING)")
@NamedQuery(name = Certificate.MARK_EXPIRING, query = "UPDATE Certificate c SET c.status = vn.ocop.certification.entity.CertificateStatus.EXPIRING,"
        + " c.version = c.version + 1 WHERE c.validUntil >= :today AND c.validUntil <= :limit"
        + " AND c.status = vn.ocop.certification.entity.CertificateStatus.VALID")
@NamedQuery(name = Certificate.OF_PRODUCTS_OF_DECISION, query = "SELECT c FROM Certificate c WHERE c.productId IN (SELECT l.productId"
        + " FROM Certificate l WHERE l.decision = :decision) AND c.decision <> :decision AND c.status IN ("
        + "vn.ocop.certification.entity.CertificateStatus.VALID, vn.ocop.certification.entity.CertificateStatus.EXPIRING,"
        + " vn.ocop.certification.entity.CertificateStatus.EXPIRED) ORDER BY c.validFrom, c.number")
@NamedQuery(name = Certificate.IN_FORCE_OF_PRODUCT, query = "SELECT c FROM Certificate c WHERE c.productId = :productId"
        + " AND c.validFrom <= :on AND c.validUntil >= :on AND c.status IN (vn.ocop.certification.entity.CertificateStatus.VALID,"
        + " vn.ocop.certification.entity.CertificateStatus.EXPIRING, vn.ocop.certification.entity.CertificateStatus.EXPIRED)"
        + " ORDER BY c.validFrom, c.number")
public class Certificate implements Auditable {

    public static final String BY_NUMBER = "Certificate.byNumber";
    public static final String AWAITING_PRINT = "Certificate.awaitingPrint";
    public static final String BATCH_PRINTED = "Certificate.batchPrinted";
    public static final String OF_DECISION = "Certificate.ofDecision";
    public static final String MARK_EXPIRED = "Certificate.markExpired";
    public static final String MARK_EXPIRING = "Certificate.markExpiring";
    public static final String IN_FORCE_OF_PRODUCT = "Certificate.inForceOfProduct";
    /** The earlier certificates (valid, expiring or expired) of the products of a decision, its own left out. */
    public static final String OF_PRODUCTS_OF_DECISION = "Certificate.ofProductsOfDecision";

    @Id
    @SequenceGenerator(name = "seq_cert_certificate", sequenceName = "seq_cert_certificate", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_cert_certificate")
    private Long id;

    @Column(nullable = false, updatable = false, length = 40)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false, updatable = false)
    private Decision decision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(name = "product_id", insertable = false, updatable = false)
    private Long productId;

    @Column(name = "commune_id", updatable = false)
    private Long communeId;

    @Embedded
    private ProductSnapshot snapshot;

    @Column(nullable = false, updatable = false)
    private int stars;

    /**
     * The class the certificate confers: {@link #stars}, or null for a recognition at the issuing body's own level (the
     * stars are then its council's proposal, and the product's class comes from the higher level's decision).
     */
    @Column(name = "conferred_stars", updatable = false)
    private Integer conferredStars;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_by_id")
    private Decision revokedBy;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    private Certificate supersededBy;

    /** The later certificate's number, or the number of the higher level's decision that replaced this one. */
    @Column(name = "superseded_by_number", length = 60)
    private String supersededByNumber;

    @Column(name = "superseded_on")
    private LocalDate supersededOn;

    /** The frozen print; none between the issuing transaction and the printing after it ({@link #freeze}). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pdf_id")
    private IssuedFile pdf;

    @Version
    private long version;

    protected Certificate() {
    }

    /**
     * The certificate of a product of an issued decision, valid from the decision's signing date; {@code printed} may be
     * null: the print is then frozen after the issuing transaction ({@link #freeze}).
     */
    public Certificate(String number, Decision decision, DecisionProduct line, LocalDate today, IssuedFile printed) {
        if (decision.getStatus() != DecisionStatus.ISSUED || decision.getKind() != DecisionKind.RECOGNITION) {
            throw new BusinessException("certification.decision.notApproved");
        }
        Validity validity = Validity.fromSigning(decision.getSignedOn());
        this.number = number;
        this.decision = decision;
        this.product = line.getProduct();
        this.productId = line.getProductId();
        this.communeId = line.getCommuneId();
        this.snapshot = line.getSnapshot().copy();
        this.stars = line.getStars();
        this.conferredStars = decision.confersClass() ? line.getStars() : null;
        this.validFrom = validity.from();
        this.validUntil = validity.until();
        this.status = validity.on(today, false);
        this.pdf = printed;
    }

    public boolean confersClass() {
        return conferredStars != null;
    }

    public Validity validity() {
        return new Validity(validFrom, validUntil);
    }

    /** The state on a day, from the dates (revoked wins, then superseded from the day the later one was signed). */
    public CertificateStatus statusOn(LocalDate today) {
        if (status != CertificateStatus.REVOKED && supersededOn != null && !supersededOn.isAfter(today)) {
            return CertificateStatus.SUPERSEDED;
        }
        return validity().on(today, status == CertificateStatus.REVOKED);
    }

    /** Whether it no longer holds whatever the dates say: revoked or replaced by a later recognition. */
    public boolean ended() {
        return status == CertificateStatus.REVOKED || status == CertificateStatus.SUPERSEDED;
    }

    /**
     * Replaced by a later recognition of the same product signed on {@code on} (a re-evaluation or an upgrade, whether
     * the class rose or fell): {@code later} is the later certificate, or null when the later recognition is a higher
     * level's decision recorded as received ({@code number} is then that decision's). Only a certificate in force on
     * that day is replaced; one expired or revoked before keeps its state (false).
     */
    public boolean supersede(Certificate later, String number, LocalDate on) {
        // a later certificate of the portal was issued after this one, even on the same day; a received decision of
        // the same day as this certificate is not known to be the later one
        boolean replaced = later != null ? validity().holdsOn(on) : validity().replacedOn(on);
        if (later == this || ended() || !replaced) {
            return false;
        }
        this.status = CertificateStatus.SUPERSEDED;
        this.supersededBy = later;
        this.supersededByNumber = later == null ? number : later.number;
        this.supersededOn = on;
        return true;
    }

    /** Revoked by an issued revocation decision, from its signing date. */
    public void revoke(Decision revocation) {
        if (revocation.getKind() != DecisionKind.REVOCATION || revocation.getStatus() != DecisionStatus.ISSUED) {
            throw new BusinessException("certification.revocation.notIssued");
        }
        if (status == CertificateStatus.REVOKED) {
            throw new BusinessException("certification.certificate.alreadyRevoked", number);
        }
        this.status = CertificateStatus.REVOKED;
        this.revokedBy = revocation;
        this.revokedOn = revocation.getSignedOn();
    }

    @Override
    public String auditType() {
        return "Certificate";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "number=" + number + "; product=" + productId + " " + snapshot.getProductName() + "; stars=" + stars + "; validFrom=" + validFrom
                + "; validUntil=" + validUntil + "; status=" + status + (revokedOn == null ? "" : "; revokedOn=" + revokedOn)
                + (supersededOn == null ? "" : "; supersededBy=" + supersededByNumber + "; supersededOn=" + supersededOn)
                + (pdf == null ? "" : "; sha256=" + pdf.getSha256());
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Decision getDecision() {
        return decision;
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

    public ProductSnapshot getSnapshot() {
        return snapshot;
    }

    public int getStars() {
        return stars;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public Decision getRevokedBy() {
        return revokedBy;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public Certificate getSupersededBy() {
        return supersededBy;
    }

    public String getSupersededByNumber() {
        return supersededByNumber;
    }

    public LocalDate getSupersededOn() {
        return supersededOn;
    }

    public IssuedFile getPdf() {
        return pdf;
    }

    /** Whether the certificate still waits for its print (numbered in the issuing transaction, printed after it). */
    public boolean awaitsPrint() {
        return pdf == null;
    }

    /** Keeps the certificate's print, once: a frozen print is never replaced. */
    public void freeze(IssuedFile printed) {
        if (pdf != null) {
            throw new BusinessException("certification.decision.frozen");
        }
        this.pdf = printed;
    }

    public long getVersion() {
        return version;
    }
}
