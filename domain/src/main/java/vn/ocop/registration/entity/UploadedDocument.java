package vn.ocop.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;
import vn.ocop.registration.control.Uploads.Upload;

import java.time.LocalDateTime;

/**
 * What every uploaded document keeps, whatever it documents: the file's name, type, size and SHA-256, its bytes (in
 * a {@link StoredFile}) and who uploaded it when. Its kinds, each in its own table with its own id: a
 * {@link DossierDocument} of a product's dossier, a {@link SupportDocument} of a support. Never changed after upload.
 */
@MappedSuperclass
public abstract class UploadedDocument {

    @Embedded
    private UploadedFile upload;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", updatable = false)
    private StoredFile file;

    @Column(name = "uploaded_by", nullable = false, length = 60, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    protected UploadedDocument() {
    }

    /** Records the checked upload, its stored bytes, and who uploaded it when (once, by the subclass's constructor). */
    final void uploaded(Upload checked, StoredFile stored, LocalDateTime at, String actor) {
        this.upload = new UploadedFile(checked);
        this.file = stored;
        this.uploadedAt = at;
        this.uploadedBy = actor;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public StoredFile getFile() {
        return file;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
