package vn.ocop.certification;

import org.junit.jupiter.api.Test;
import vn.ocop.certification.boundary.VerifiedCertificate;
import vn.ocop.certification.control.Validity;
import vn.ocop.certification.entity.CertificateStatus;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the public verification shows in large: nothing reads as valid when it is not. */
class VerifiedCertificateTest {

    private static final LocalDate FROM = LocalDate.of(2023, 12, 26);
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 25);

    private static VerifiedCertificate certificate(CertificateStatus status, String later, LocalDate laterFrom) {
        return new VerifiedCertificate("OCOP-273-2023-0001", status, "Tương ớt Thọ An", "Tổ hợp tác", 3, FROM, UNTIL,
                "UBND huyện Đan Phượng", "1/QĐ-UBND", status == CertificateStatus.REVOKED ? LocalDate.of(2024, 3, 10) : null,
                FROM, status == CertificateStatus.REVOKED ? "1/QĐ-UBND" : null, later, laterFrom);
    }

    @Test
    void onlyAValidOrExpiringCertificateThatNothingReplacedHolds() {
        assertTrue(certificate(CertificateStatus.VALID, null, null).holds());
        assertTrue(certificate(CertificateStatus.EXPIRING, null, null).holds());
        assertFalse(certificate(CertificateStatus.EXPIRED, null, null).holds());
        assertFalse(certificate(CertificateStatus.REVOKED, null, null).holds());
        assertEquals("REVOKED", certificate(CertificateStatus.REVOKED, null, null).outcome());
    }

    @Test
    void aSupersededCertificateSaysByWhichCertificateOrDecisionAndNoLongerHolds() {
        VerifiedCertificate replaced = certificate(CertificateStatus.SUPERSEDED, "OCOP-273-2025-0003", LocalDate.of(2025, 6, 1));
        assertTrue(replaced.superseded());
        assertTrue(replaced.supersededByCertificate());
        assertEquals("SUPERSEDED", replaced.outcome());
        assertFalse(replaced.holds());
        VerifiedCertificate byCity = certificate(CertificateStatus.SUPERSEDED, "1578/QĐ-UBND", LocalDate.of(2025, 3, 5));
        assertTrue(byCity.superseded());
        assertFalse(byCity.supersededByCertificate(), "a higher level's decision is not a certificate to look up");
    }

    /** A certificate in force is replaced by a later recognition whether the class rose or fell; not an expired one. */
    @Test
    void aLaterRecognitionReplacesOnlyACertificateStillInForce() {
        Validity validity = new Validity(FROM, UNTIL);
        assertFalse(validity.replacedOn(FROM), "the same day is not later");
        assertTrue(validity.replacedOn(FROM.plusDays(1)));
        assertTrue(validity.replacedOn(UNTIL), "its last day");
        assertFalse(validity.replacedOn(UNTIL.plusDays(1)), "expired before: stays expired");
        assertTrue(validity.holdsOn(FROM), "a later certificate issued the same day replaces it");
        assertFalse(validity.holdsOn(UNTIL.plusDays(1)));
    }
}
