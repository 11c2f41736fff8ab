package vn.ocop.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Sha256;

import java.util.logging.Logger;

/**
 * The bytes of an issued document and their SHA-256, written once with the document and never changed: decisions,
 * certificates, expiry notices, training completion certificates and the communes' pre-screens.
 */
@Entity
@Table(name = "cert_file")
public class IssuedFile {

    private static final Logger LOG = Logger.getLogger(IssuedFile.class.getName());

    public static final String PDF = "application/pdf";

    @Id
    @SequenceGenerator(name = "seq_cert_file", sequenceName = "seq_cert_file", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_cert_file")
    private Long id;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    protected IssuedFile() {
    }

    public static IssuedFile pdf(byte[] content) {
        IssuedFile file = new IssuedFile();
        file.mediaType = PDF;
        file.content = content.clone();
        file.sha256 = Sha256.hex(content);
        file.size = content.length;
        return file;
    }

    /** Whether the bytes are still those that were issued. */
    public boolean intact() {
        return Sha256.hex(content).equals(sha256);
    }

    public Long getId() {
        return id;
    }

    public byte[] getContent() {
        return content.clone();
    }

    /**
     * The bytes, checked against the SHA-256 written when they were issued: bytes changed since (in the database, a
     * backup, by hand) are never served; the refusal is written to the server log for IT to investigate.
     */
    public byte[] verifiedContent() {
        if (!intact()) {
            LOG.severe(() -> "Issued file " + id + " no longer matches the SHA-256 written when it was issued (" + sha256
                    + "): refused to serve it. Restore it from a backup and look at who changed it.");
            throw new BusinessException("certification.file.altered");
        }
        return content.clone();
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }
}
