package vn.ocop.registration.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.ocop.registration.control.Uploads.Upload;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One uploaded document of a product's dossier (or a photo of the product): what it is, who issued
 * it and when, the file's name, type, size and SHA-256. The bytes are in a {@link StoredFile}.
 * Never changed after upload; removed only while the dossier is open.
 */
@Entity
@Table(name = "dossier_document")
@NamedQuery(name = DossierDocument.OF_PRODUCT,
        query = "SELECT d FROM DossierDocument d WHERE d.product = :product AND d.dossierUntil IS NULL ORDER BY d.item, d.uploadedAt, d.id")
@NamedQuery(name = DossierDocument.ITEMS_OF_PRODUCT,
        query = "SELECT d.item FROM DossierDocument d WHERE d.product = :product AND d.dossierUntil IS NULL")
@NamedQuery(name = DossierDocument.SAME_FILE,
        query = "SELECT d FROM DossierDocument d WHERE d.product = :product AND d.upload.sha256 = :sha256 AND d.dossierUntil IS NULL")
@NamedQuery(name = DossierDocument.LEFT_OUT,
        query = "SELECT d FROM DossierDocument d WHERE d.product = :product AND d.dossierUntil = :dossier ORDER BY d.item, d.id")
public class DossierDocument extends UploadedDocument implements Auditable {

    public static final String OF_PRODUCT = "DossierDocument.ofProduct";
    public static final String SAME_FILE = "DossierDocument.sameFile";
    public static final String ITEMS_OF_PRODUCT = "DossierDocument.itemsOfProduct";
    public static final String LEFT_OUT = "DossierDocument.leftOut";

    @Id
    @SequenceGenerator(name = "seq_dossier_document", sequenceName = "seq_dossier_document", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_dossier_document")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", updatable = false)
    private Product product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private DossierItem item;

    @Column(length = 200, updatable = false)
    private String issuer;

    @Column(name = "issued_on", updatable = false)
    private LocalDate issuedOn;

    /** The last day the paper itself is valid (a food-safety certificate, a test report), when it has one. */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    /** The first of the product's dossiers the document belongs to. */
    @Column(name = "dossier_from", nullable = false, updatable = false)
    private int dossierFrom = 1;

    /** The dossier it was left out of at a re-registration (not carried over); null while in the current dossier. */
    @Column(name = "dossier_until")
    private Integer dossierUntil;

    protected DossierDocument() {
    }

    /**
     * A document of the product's dossier. A test report names its issuer and date; no date is in
     * the future; a photo must be an image.
     */
    public DossierDocument(Product product, DossierItem item, String issuer, LocalDate issuedOn, Upload upload,
                           StoredFile file, LocalDateTime at, String actor) {
        if (item == null) {
            throw BusinessException.onField("item", "error.required");
        }
        if (!product.isOpen()) {
            throw new BusinessException("registration.product.submitted");
        }
        String issuedBy = VietnameseText.normalise(issuer);
        if (issuedBy != null && issuedBy.length() > 200) {
            throw BusinessException.onField("issuer", "error.tooLong", 200);
        }
        if (item.needsIssuer() && issuedBy == null) {
            throw BusinessException.onField("issuer", "registration.dossier.issuerRequired");
        }
        if (item.needsIssuer() && issuedOn == null) {
            throw BusinessException.onField("issuedOn", "registration.dossier.issuerRequired");
        }
        if (issuedOn != null && issuedOn.isAfter(at.toLocalDate())) {
            throw BusinessException.onField("issuedOn", "registration.producer.futureDate");
        }
        if (item == DossierItem.PHOTO && !upload.image()) {
            throw BusinessException.onField("file", "registration.dossier.photoImage");
        }
        this.product = product;
        this.item = item;
        this.issuer = issuedBy;
        this.issuedOn = issuedOn;
        uploaded(upload, file, at, actor);
        this.dossierFrom = product.getDossierNumber();
    }

    /** The paper's own validity (optional): its last day, not before the day it was issued. */
    public void validUntil(LocalDate until) {
        if (until != null && issuedOn != null && until.isBefore(issuedOn)) {
            throw BusinessException.onField("validUntil", "registration.dossier.validBeforeIssued");
        }
        this.validUntil = until;
    }

    /** Whether the paper's own validity has ended before the day. */
    public boolean expiredOn(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }

    /**
     * Whether the document is carried over to the dossier of a re-registration on the day: a paper still valid that
     * is not renewed at every registration ({@link DossierItem#renewedEachRegistration}); photos are carried.
     */
    public boolean carriesOver(LocalDate day) {
        return !item.renewedEachRegistration() && !expiredOn(day);
    }

    /** Whether it came with an earlier dossier of the product (carried over) rather than uploaded for this one. */
    public boolean carried() {
        return dossierFrom < product.getDossierNumber();
    }

    /** Leaves the document out of the product's current dossier, kept with the earlier dossiers it belonged to. */
    public void leaveOut(int dossier) {
        this.dossierUntil = dossier;
    }

    @Override
    public String auditType() {
        return "DossierDocument";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "product=" + product.getId() + "; item=" + item + "; " + getUpload().auditState()
                + (issuer == null ? "" : "; issuer=" + issuer)
                + (issuedOn == null ? "" : "; issuedOn=" + issuedOn) + (validUntil == null ? "" : "; validUntil=" + validUntil)
                + "; dossier=" + dossierFrom + (dossierUntil == null ? "" : "-" + (dossierUntil - 1));
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public DossierItem getItem() {
        return item;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Integer getDossierUntil() {
        return dossierUntil;
    }
}
