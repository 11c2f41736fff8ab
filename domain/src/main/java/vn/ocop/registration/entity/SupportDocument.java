package vn.ocop.registration.entity;

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
import vn.ocop.registration.control.Uploads.Upload;
import vn.ocop.shared.entity.Auditable;

import java.time.LocalDateTime;

/**
 * A document attached to a support (the decision, the contract, the acceptance report…): the
 * file's name, type, size and SHA-256; the bytes are in a {@link StoredFile}. Never changed.
 */
@Entity
@Table(name = "support_document")
@NamedQuery(name = SupportDocument.OF_SUPPORT,
        query = "SELECT d FROM SupportDocument d WHERE d.support = :support ORDER BY d.uploadedAt, d.id")
@NamedQuery(name = SupportDocument.COUNT_BY_SUPPORT,
        query = "SELECT NEW vn.ocop.shared.entity.CountOf(d.support.id, COUNT(d)) FROM SupportDocument d WHERE d.support.id IN :ids GROUP BY d.support.id")
public class SupportDocument extends UploadedDocument implements Auditable {

    public static final String OF_SUPPORT = "SupportDocument.ofSupport";
    public static final String COUNT_BY_SUPPORT = "SupportDocument.countBySupport";

    @Id
    @SequenceGenerator(name = "seq_support_document", sequenceName = "seq_support_document", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_support_document")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "support_id", updatable = false)
    private Support support;

    protected SupportDocument() {
    }

    /** Made by {@link Support#attach}, which refuses the same file twice. */
    SupportDocument(Support support, Upload upload, StoredFile file, LocalDateTime at, String actor) {
        this.support = support;
        uploaded(upload, file, at, actor);
    }

    @Override
    public String auditType() {
        return "SupportDocument";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "support=" + support.getId() + "; " + getUpload().auditState();
    }

    public Long getId() {
        return id;
    }

    public Support getSupport() {
        return support;
    }
}
