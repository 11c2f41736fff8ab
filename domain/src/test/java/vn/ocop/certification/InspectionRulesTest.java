package vn.ocop.certification;

import org.junit.jupiter.api.Test;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.certification.entity.FollowUp;
import vn.ocop.certification.entity.Inspection;
import vn.ocop.certification.entity.InspectionKind;
import vn.ocop.certification.entity.InspectionOutcome;
import vn.ocop.certification.entity.RevocationGround;
import vn.ocop.shared.control.BusinessException;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inspections after recognition: what a record needs, the day to remedy, the follow-up and the revocation's citation. */
class InspectionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final LocalDateTime AT = LocalDateTime.of(2025, 6, 30, 9, 0);

    private static Certificate certificate(long id, String number, CertificateStatus status) throws Exception {
        var constructor = Certificate.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        Certificate c = constructor.newInstance();
        set(c, "id", id);
        set(c, "number", number);
        set(c, "validFrom", LocalDate.of(2024, 12, 20));
        set(c, "validUntil", LocalDate.of(2027, 12, 19));
        set(c, "status", status);
        set(c, "productId", 7L);
        set(c, "communeId", 9877L);
        return c;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static Inspection.Facts facts(LocalDate on, InspectionOutcome outcome, String findings, LocalDate remedyBy) {
        return new Inspection.Facts(InspectionKind.SURPRISE, on, "Phòng Kinh tế huyện Đan Phượng", "Nguyễn Văn An, Trần Thị Bình",
                "Quy trình sản xuất, hồ sơ truy xuất nguồn gốc", findings, outcome, remedyBy);
    }

    private static Inspection record(Certificate c, LocalDate on, InspectionOutcome outcome, LocalDate remedyBy) {
        return Inspection.record(c, facts(on, outcome, outcome == InspectionOutcome.COMPLIANT ? null : "Thiếu sổ ghi chép", remedyBy),
                TODAY, AT, "officer");
    }

    @Test
    void theDayToRemedyIsRequiredForToRemedyAndMustFollowTheInspection() throws Exception {
        Certificate c = certificate(1, "OCOP-273-2024-0001", CertificateStatus.VALID);
        LocalDate on = LocalDate.of(2025, 3, 12);
        assertEquals(LocalDate.of(2025, 4, 12), record(c, on, InspectionOutcome.TO_REMEDY, LocalDate.of(2025, 4, 12)).getRemedyBy());
        assertEquals("certification.inspection.remedyNotAfter",
                assertThrows(BusinessException.class, () -> record(c, on, InspectionOutcome.TO_REMEDY, on)).messageKey(),
                "the same day is not after the inspection");
        assertEquals("certification.inspection.remedyNotAfter",
                assertThrows(BusinessException.class, () -> record(c, on, InspectionOutcome.TO_REMEDY, on.minusDays(1))).messageKey());
        assertEquals("certification.inspection.remedyRequired",
                assertThrows(BusinessException.class, () -> record(c, on, InspectionOutcome.TO_REMEDY, null)).messageKey());
        assertEquals("certification.inspection.remedyOnlyToRemedy",
                assertThrows(BusinessException.class, () -> record(c, on, InspectionOutcome.COMPLIANT, on.plusDays(30))).messageKey());
        assertNull(record(c, on, InspectionOutcome.PROPOSE_REVOCATION, null).getRemedyBy());
    }

    @Test
    void aRecordReportsEveryMissingFieldAtOnceAndKeepsToTheRecognitionAndToday() throws Exception {
        Certificate c = certificate(1, "OCOP-273-2024-0001", CertificateStatus.VALID);
        BusinessException all = assertThrows(BusinessException.class, () -> Inspection.record(c,
                new Inspection.Facts(null, null, " ", null, "", null, InspectionOutcome.TO_REMEDY, null), TODAY, AT, "officer"));
        Set<String> fields = all.problems().stream().map(BusinessException::field).collect(Collectors.toSet());
        assertEquals(Set.of("kind", "inspectedOn", "body", "inspectors", "scope", "findings", "remedyBy"), fields);
        assertEquals("certification.date.future", assertThrows(BusinessException.class,
                () -> record(c, TODAY.plusDays(1), InspectionOutcome.COMPLIANT, null)).messageKey());
        assertEquals("certification.inspection.beforeRecognition", assertThrows(BusinessException.class,
                () -> record(c, LocalDate.of(2024, 12, 19), InspectionOutcome.COMPLIANT, null)).messageKey());
        assertEquals("certification.inspection.findingsRequired", assertThrows(BusinessException.class,
                () -> Inspection.record(c, facts(TODAY, InspectionOutcome.PROPOSE_REVOCATION, "  ", null), TODAY, AT, "o")).messageKey());
        Certificate revoked = certificate(2, "OCOP-273-2024-0002", CertificateStatus.REVOKED);
        assertEquals("certification.inspection.revoked", assertThrows(BusinessException.class,
                () -> record(revoked, TODAY, InspectionOutcome.COMPLIANT, null)).messageKey());
    }

    @Test
    void toRemedyIsPendingThenOverdueUntilALaterCompliantInspection() throws Exception {
        Certificate c = certificate(1, "OCOP-273-2024-0001", CertificateStatus.VALID);
        Inspection remedy = record(c, LocalDate.of(2025, 3, 12), InspectionOutcome.TO_REMEDY, LocalDate.of(2025, 4, 30));
        assertEquals(FollowUp.PENDING, remedy.followUp(List.of(remedy), false, false, LocalDate.of(2025, 4, 30)), "its last day");
        assertEquals(FollowUp.OVERDUE, remedy.followUp(List.of(remedy), false, false, LocalDate.of(2025, 5, 1)));
        Inspection again = record(c, LocalDate.of(2025, 5, 20), InspectionOutcome.TO_REMEDY, LocalDate.of(2025, 6, 20));
        assertEquals(FollowUp.OVERDUE, remedy.followUp(List.of(remedy, again), false, false, TODAY),
                "a later inspection that is not compliant does not remedy");
        Inspection sameDay = record(c, LocalDate.of(2025, 3, 12), InspectionOutcome.COMPLIANT, null);
        assertEquals(FollowUp.OVERDUE, remedy.followUp(List.of(remedy, sameDay), false, false, TODAY), "only a later day remedies");
        Inspection compliant = record(c, LocalDate.of(2025, 6, 2), InspectionOutcome.COMPLIANT, null);
        assertEquals(FollowUp.REMEDIED, remedy.followUp(List.of(remedy, again, compliant), false, false, TODAY));
        assertEquals(FollowUp.NONE, compliant.followUp(List.of(remedy, compliant), false, false, TODAY));
        Certificate other = certificate(3, "OCOP-273-2024-0003", CertificateStatus.VALID);
        Inspection elsewhere = record(other, LocalDate.of(2025, 6, 2), InspectionOutcome.COMPLIANT, null);
        assertEquals(FollowUp.OVERDUE, remedy.followUp(List.of(remedy, elsewhere), false, false, TODAY),
                "another certificate's inspection does not remedy");
        assertEquals(FollowUp.REVOKED, remedy.followUp(List.of(remedy), false, true, TODAY));
        assertTrue(FollowUp.OVERDUE.open());
    }

    @Test
    void aProposalToRevokeMovesToDraftedThenRevoked() throws Exception {
        Certificate c = certificate(1, "OCOP-273-2024-0001", CertificateStatus.VALID);
        Inspection proposal = record(c, LocalDate.of(2025, 3, 12), InspectionOutcome.PROPOSE_REVOCATION, null);
        assertEquals(FollowUp.PROPOSED, proposal.followUp(List.of(proposal), false, false, TODAY));
        assertEquals(FollowUp.REVOCATION_DRAFTED, proposal.followUp(List.of(proposal), true, false, TODAY));
        assertEquals(FollowUp.REVOKED, proposal.followUp(List.of(proposal), true, true, TODAY));
        Inspection compliant = record(c, LocalDate.of(2025, 5, 2), InspectionOutcome.COMPLIANT, null);
        assertEquals(FollowUp.REMEDIED, proposal.followUp(List.of(proposal, compliant), false, false, TODAY));
    }

    @Test
    void aRevocationCitesTheInspectionThatProposedItAndOnlyThatOne() throws Exception {
        Certificate c = certificate(1, "OCOP-273-2024-0001", CertificateStatus.VALID);
        Inspection proposal = record(c, LocalDate.of(2025, 3, 12), InspectionOutcome.PROPOSE_REVOCATION, null);
        String citation = proposal.citationFor(c);
        assertEquals("biên bản kiểm tra đột xuất ngày 12/03/2025 của Phòng Kinh tế huyện Đan Phượng", citation);
        assertEquals("Kết quả kiểm tra sau công nhận không đáp ứng yêu cầu (biên bản kiểm tra đột xuất ngày 12/03/2025 của Phòng"
                        + " Kinh tế huyện Đan Phượng). Cơ sở không khắc phục sau kiểm tra.",
                RevocationGround.reason(List.of(RevocationGround.INSPECTION_FINDINGS), "Cơ sở không khắc phục sau kiểm tra.", citation));
        assertEquals(RevocationGround.INSPECTION_MISSING, assertThrows(BusinessException.class,
                () -> RevocationGround.reason(List.of(RevocationGround.INSPECTION_FINDINGS), null)).messageKey());
        assertEquals(RevocationGround.INSPECTION_MISSING, assertThrows(BusinessException.class,
                () -> RevocationGround.reason(List.of(RevocationGround.FOOD_SAFETY), null, citation)).messageKey());
        Certificate other = certificate(2, "OCOP-273-2024-0002", CertificateStatus.VALID);
        assertEquals("certification.inspection.otherCertificate",
                assertThrows(BusinessException.class, () -> proposal.citationFor(other)).messageKey());
        Inspection compliant = record(c, LocalDate.of(2025, 3, 12), InspectionOutcome.COMPLIANT, null);
        assertEquals("certification.inspection.notProposingRevocation",
                assertThrows(BusinessException.class, () -> compliant.citationFor(c)).messageKey());
    }
}
