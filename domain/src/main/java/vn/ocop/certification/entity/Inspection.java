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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.registration.control.Uploads.Upload;
import vn.ocop.registration.entity.StoredFile;
import vn.ocop.registration.entity.UploadedFile;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Checks;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/**
 * An inspection of a recognised product after its recognition: the certificate inspected, periodic or surprise, the
 * day, the body that inspected and its inspectors, what was looked at, what was found, the outcome (with the day by
 * which to remedy) and the signed minutes. Recorded once; its follow-up ({@link FollowUp}) comes from the later
 * inspections of the certificate and from the revocation that cites it.
 */
@Entity
@Table(name = "cert_inspection")
@NamedQuery(name = Inspection.OF_PRODUCT, query = "SELECT i FROM Inspection i WHERE i.productId = :product"
        + " ORDER BY i.inspectedOn DESC, i.id DESC")
@NamedQuery(name = Inspection.OF_CERTIFICATES, query = "SELECT i FROM Inspection i WHERE i.certificate.id IN :certificates")
@NamedQuery(name = Inspection.DAY_RANGE, query = "SELECT MIN(i.inspectedOn), MAX(i.inspectedOn) FROM Inspection i")
public class Inspection implements Auditable {

    public static final String OF_PRODUCT = "Inspection.ofProduct";
    public static final String OF_CERTIFICATES = "Inspection.ofCertificates";
    public static final String DAY_RANGE = "Inspection.dayRange";

    public static final int MAX_BODY = 300;
    public static final int MAX_INSPECTORS = 500;
    public static final int MAX_SCOPE = 2000;
    public static final int MAX_FINDINGS = 4000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Id
    @SequenceGenerator(name = "seq_cert_inspection", sequenceName = "seq_cert_inspection", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_cert_inspection")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", nullable = false, updatable = false)
    private Certificate certificate;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "commune_id", updatable = false)
    private Long communeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InspectionKind kind;

    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(nullable = false, length = MAX_INSPECTORS)
    private String inspectors;

    @Column(nullable = false, length = MAX_SCOPE)
    private String scope;

    @Column(length = MAX_FINDINGS)
    private String findings;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InspectionOutcome outcome;

    @Column(name = "remedy_by")
    private LocalDate remedyBy;

    /** The signed minutes' file, once attached; null before (read through {@link #getMinutes()}). */
    @Embedded
    private UploadedFile minutes;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private StoredFile file;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected Inspection() {
    }

    /** What the office typed about an inspection; checked by {@link #record}. */
    public record Facts(InspectionKind kind, LocalDate inspectedOn, String body, String inspectors, String scope, String findings,
                        InspectionOutcome outcome, LocalDate remedyBy) {
    }

    /**
     * Records an inspection of a certificate, every broken rule at once: the certificate not revoked; the day given, not
     * after today and not before the recognition; the body, the inspectors and the scope given; the findings given
     * unless compliant; a day to remedy given for TO_REMEDY only, and after the inspection's day.
     */
    public static Inspection record(Certificate certificate, Facts facts, LocalDate today, LocalDateTime at, String by) {
        if (certificate.getStatus() == CertificateStatus.REVOKED) {
            throw new BusinessException("certification.inspection.revoked", certificate.getNumber());
        }
        Inspection i = new Inspection();
        Checks.all(
                () -> i.kind = required("kind", facts.kind()),
                () -> i.inspectedOn = day(facts.inspectedOn(), certificate.getValidFrom(), today),
                () -> i.body = VietnameseText.required("body", facts.body(), MAX_BODY),
                () -> i.inspectors = VietnameseText.required("inspectors", facts.inspectors(), MAX_INSPECTORS),
                () -> i.scope = VietnameseText.required("scope", facts.scope(), MAX_SCOPE),
                () -> i.outcome = required("outcome", facts.outcome()),
                () -> i.findings = findings(facts.outcome(), facts.findings()),
                () -> i.remedyBy = remedyBy(facts.outcome(), facts.inspectedOn(), facts.remedyBy()));
        i.certificate = certificate;
        i.productId = certificate.getProductId();
        i.communeId = certificate.getCommuneId();
        i.recordedAt = at;
        i.recordedBy = by;
        return i;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw BusinessException.onField(field, "error.required");
        }
        return value;
    }

    private static LocalDate day(LocalDate day, LocalDate recognised, LocalDate today) {
        required("inspectedOn", day);
        if (day.isAfter(today)) {
            throw BusinessException.onField("inspectedOn", "certification.date.future");
        }
        if (day.isBefore(recognised)) {
            throw BusinessException.onField("inspectedOn", "certification.inspection.beforeRecognition", DAY.format(recognised));
        }
        return day;
    }

    private static String findings(InspectionOutcome outcome, String findings) {
        String text = VietnameseText.normalise(findings);
        if (text != null && text.length() > MAX_FINDINGS) {
            throw BusinessException.onField("findings", "error.tooLong", MAX_FINDINGS);
        }
        if (text == null && outcome != InspectionOutcome.COMPLIANT) {
            throw BusinessException.onField("findings", "certification.inspection.findingsRequired");
        }
        return text;
    }

    /** The day to remedy by: required after the inspection's day for TO_REMEDY, refused for the other outcomes. */
    static LocalDate remedyBy(InspectionOutcome outcome, LocalDate inspectedOn, LocalDate remedyBy) {
        if (outcome != InspectionOutcome.TO_REMEDY) {
            if (remedyBy != null) {
                throw BusinessException.onField("remedyBy", "certification.inspection.remedyOnlyToRemedy");
            }
            return null;
        }
        if (remedyBy == null) {
            throw BusinessException.onField("remedyBy", "certification.inspection.remedyRequired");
        }
        if (inspectedOn != null && !remedyBy.isAfter(inspectedOn)) {
            throw BusinessException.onField("remedyBy", "certification.inspection.remedyNotAfter", DAY.format(inspectedOn));
        }
        return remedyBy;
    }

    /** Attaches the signed minutes (checked as every upload: PDF, JPEG or PNG by content, size-limited). */
    public void attachMinutes(Upload upload, StoredFile stored) {
        if (file != null) {
            throw BusinessException.onField("file", "certification.inspection.minutesAttached");
        }
        this.minutes = new UploadedFile(upload);
        this.file = stored;
    }

    /**
     * Where the outcome stands on the day: from the other inspections of the same certificate (a later compliant one
     * remedies), whether a revocation decision cites this one and whether the certificate is revoked.
     */
    public FollowUp followUp(Collection<Inspection> ofCertificate, boolean revocationDrafted, boolean certificateRevoked,
                             LocalDate today) {
        boolean remedied = ofCertificate.stream().anyMatch(this::compliantAfter);
        return switch (outcome) {
            case COMPLIANT -> FollowUp.NONE;
            case TO_REMEDY -> remedied ? FollowUp.REMEDIED : certificateRevoked ? FollowUp.REVOKED
                    : today.isAfter(remedyBy) ? FollowUp.OVERDUE : FollowUp.PENDING;
            case PROPOSE_REVOCATION -> certificateRevoked ? FollowUp.REVOKED : revocationDrafted ? FollowUp.REVOCATION_DRAFTED
                    : remedied ? FollowUp.REMEDIED : FollowUp.PROPOSED;
        };
    }

    /** Whether the other inspection is a compliant one of the same certificate on a later day. */
    private boolean compliantAfter(Inspection other) {
        return other != this && other.outcome == InspectionOutcome.COMPLIANT && sameCertificate(other)
                && other.inspectedOn.isAfter(inspectedOn);
    }

    private boolean sameCertificate(Inspection other) {
        return certificate == other.certificate || certificate != null && other.certificate != null
                && certificate.getId() != null && certificate.getId().equals(other.certificate.getId());
    }

    /**
     * The inspection as a revocation decision cites it, e.g. "Biên bản kiểm tra đột xuất ngày 12/03/2025 của Phòng Kinh
     * tế huyện Đan Phượng"; refused unless the inspection proposed the revocation of that certificate.
     */
    public String citationFor(Certificate revoked) {
        if (outcome != InspectionOutcome.PROPOSE_REVOCATION) {
            throw BusinessException.onField("inspection", "certification.inspection.notProposingRevocation");
        }
        if (!certificate.getNumber().equals(revoked.getNumber())) {
            throw BusinessException.onField("inspection", "certification.inspection.otherCertificate", certificate.getNumber());
        }
        return "biên bản kiểm tra " + (kind == InspectionKind.SURPRISE ? "đột xuất" : "định kỳ") + " ngày " + DAY.format(inspectedOn)
                + " của " + body;
    }

    @Override
    public String auditType() {
        return "Inspection";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "certificate=" + certificate.getNumber() + "; kind=" + kind + "; on=" + inspectedOn + "; body=" + body
                + "; outcome=" + outcome + (remedyBy == null ? "" : "; remedyBy=" + remedyBy)
                + (getMinutes() == null ? "" : "; minutes=" + getMinutes().getSha256());
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Certificate getCertificate() { return certificate; }
    public Long getProductId() { return productId; }
    public Long getCommuneId() { return communeId; }
    public InspectionKind getKind() { return kind; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public String getBody() { return body; }
    public String getInspectors() { return inspectors; }
    public String getScope() { return scope; }
    public String getFindings() { return findings; }
    public InspectionOutcome getOutcome() { return outcome; }
    public LocalDate getRemedyBy() { return remedyBy; }
    /** The signed minutes' file, or null before they are attached (the same on every JPA provider). */
    public UploadedFile getMinutes() { return minutes == null || minutes.isEmpty() ? null : minutes; }
    public StoredFile getFile() { return file; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
