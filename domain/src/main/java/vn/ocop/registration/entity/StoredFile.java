package vn.ocop.registration.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The bytes of an uploaded file (and, for an image, its thumbnail), kept apart from the document
 * that describes it so that lists and checklists never read them. Never changed after upload.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @SequenceGenerator(name = "seq_stored_file", sequenceName = "seq_stored_file", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_stored_file")
    private Long id;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private byte[] thumbnail;

    protected StoredFile() {
    }

    public StoredFile(byte[] content, byte[] thumbnail) {
        this.content = content.clone();
        this.thumbnail = thumbnail == null ? null : thumbnail.clone();
    }

    public Long getId() {
        return id;
    }

    public byte[] getContent() {
        return content.clone();
    }

    /** A small PNG of an image, or null for other files. */
    public byte[] getThumbnail() {
        return thumbnail == null ? null : thumbnail.clone();
    }
}
