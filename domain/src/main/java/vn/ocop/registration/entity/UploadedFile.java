package vn.ocop.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.ocop.registration.control.Uploads.Upload;

import java.io.Serializable;

/**
 * What is kept about an uploaded file besides its bytes (which are in a {@link StoredFile}): the name it was uploaded
 * under, its type (from the content), its size and its SHA-256. On the owning entity's own columns
 * ({@code file_name}, {@code media_type}, {@code size_bytes}, {@code sha256}). Immutable.
 */
@Embeddable
public class UploadedFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "media_type", length = 50)
    private String mediaType;

    /** A wrapper, so that an optional file's empty columns read back the same on every JPA provider. */
    @Column(name = "size_bytes")
    private Long size;

    @Column(length = 64)
    private String sha256;

    protected UploadedFile() {
    }

    /** The facts of a checked upload. */
    public UploadedFile(Upload upload) {
        this.fileName = upload.fileName();
        this.mediaType = upload.mediaType();
        this.size = upload.size();
        this.sha256 = upload.sha256();
    }

    /** Whether the upload has the same content (by its SHA-256). */
    public boolean sameContent(Upload upload) {
        return sha256.equals(upload.sha256());
    }

    /** Whether nothing is kept (an optional file not attached, as read back by a provider that still makes the object). */
    public boolean isEmpty() {
        return sha256 == null;
    }

    /** For the audit trail: {@code file=…; type=…; size=…; sha256=…}. */
    public String auditState() {
        return "file=" + fileName + "; type=" + mediaType + "; size=" + size + "; sha256=" + sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }
}
