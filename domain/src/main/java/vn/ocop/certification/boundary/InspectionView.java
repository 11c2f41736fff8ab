package vn.ocop.certification.boundary;

import java.io.Serializable;

import vn.ocop.certification.entity.FollowUp;
import vn.ocop.certification.entity.Inspection;
import vn.ocop.certification.entity.InspectionKind;
import vn.ocop.certification.entity.InspectionOutcome;
import vn.ocop.registration.entity.UploadedFile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An inspection in a list or on its page: the certificate, product and producer inspected, the facts, the minutes
 * (when attached), its follow-up today, the recognition decision to revoke from and the revocation that cites it.
 */
public record InspectionView(long id, long version, String certificate, long recognitionId, long productId, String product,
                             String producer, Long communeId, InspectionKind kind, LocalDate inspectedOn, String body,
                             String inspectors, String scope, String findings, InspectionOutcome outcome, LocalDate remedyBy,
                             String minutesName, Long minutesSize, String minutesSha256, FollowUp followUp,
                             Long revocationId, String recordedBy, LocalDateTime recordedAt) implements Serializable {

    static InspectionView of(Inspection i, FollowUp followUp, Long revocationId) {
        UploadedFile minutes = i.getMinutes();
        return new InspectionView(i.getId(), i.getVersion(), i.getCertificate().getNumber(), i.getCertificate().getDecision().getId(),
                i.getProductId(), i.getCertificate().getSnapshot().getProductName(), i.getCertificate().getSnapshot().getProducerName(), i.getCommuneId(),
                i.getKind(), i.getInspectedOn(), i.getBody(), i.getInspectors(), i.getScope(), i.getFindings(), i.getOutcome(),
                i.getRemedyBy(), minutes == null ? null : minutes.getFileName(), minutes == null ? null : minutes.getSize(),
                minutes == null ? null : minutes.getSha256(), followUp, revocationId, i.getRecordedBy(),
                i.getRecordedAt());
    }

    /** Whether the office may draft the revocation this inspection proposes (none drafted yet, the certificate not revoked). */
    public boolean mayRevoke() {
        return followUp == FollowUp.PROPOSED;
    }

    public boolean overdue() {
        return followUp == FollowUp.OVERDUE;
    }
}
