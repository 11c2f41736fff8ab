package vn.ocop.certification.entity;

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
import vn.ocop.certification.control.NoticeRule;
import vn.ocop.shared.entity.Auditable;
import vn.ocop.shared.entity.IssuedFile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The written notice that a certificate expires, as generated (PDF), recorded as sent to the producer on a day. */
@Entity
@Table(name = "cert_expiry_notice")
@NamedQuery(name = ExpiryNotice.OF_CERTIFICATE, query = "SELECT n FROM ExpiryNotice n WHERE n.certificate.id = :certificate"
        + " ORDER BY n.createdAt DESC")
@NamedQuery(name = ExpiryNotice.SENT_FOR, query = "SELECT NEW vn.ocop.certification.entity.NoticeSent(n.certificate.id,"
        + " n.sentOn) FROM ExpiryNotice n WHERE n.certificate.id IN :ids")
public class ExpiryNotice implements Auditable {

    public static final String OF_CERTIFICATE = "ExpiryNotice.ofCertificate";
    public static final String SENT_FOR = "ExpiryNotice.sentFor";

    @Id
    @SequenceGenerator(name = "seq_cert_expiry_notice", sequenceName = "seq_cert_expiry_notice", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_cert_expiry_notice")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", nullable = false, updatable = false)
    private Certificate certificate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pdf_id", nullable = false, updatable = false)
    private IssuedFile pdf;

    protected ExpiryNotice() {
    }

    public ExpiryNotice(Certificate certificate, LocalDate sentOn, IssuedFile pdf, LocalDateTime at, String by) {
        this.certificate = certificate;
        this.sentOn = sentOn;
        this.pdf = pdf;
        this.createdAt = at;
        this.createdBy = by;
    }

    @Override
    public String auditType() {
        return "ExpiryNotice";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "certificate=" + certificate.getNumber() + "; sentOn=" + sentOn + (late() ? "; late" : "") + "; sha256=" + pdf.getSha256();
    }

    /** Whether the notice was sent later than 30 days before the certificate's last day ({@link NoticeRule#late}). */
    public boolean late() {
        return NoticeRule.late(certificate.validity(), sentOn);
    }

    public Long getId() {
        return id;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public IssuedFile getPdf() {
        return pdf;
    }
}
