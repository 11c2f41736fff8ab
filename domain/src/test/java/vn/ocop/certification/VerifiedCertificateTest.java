package vn.ocop.certification;

import org.junit.jupiter.api.Test;
import vn.ocop.certification.boundary.VerifiedCertificate;
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
    void aCertificateReplacedWhileInForceIsSupersededAndNoLongerHolds() {
        VerifiedCertificate replaced = certificate(CertificateStatus.VALID, "OCOP-273-2025-0003", LocalDate.of(2025, 6, 1));
        assertTrue(replaced.superseded());
        assertEquals("SUPERSEDED", replaced.outcome());
        assertFalse(replaced.holds());
    }

    @Test
    void anExpiredCertificateWithALaterOneStaysExpiredAndARevokedOneStaysRevoked() {
        VerifiedCertificate expired = certificate(CertificateStatus.EXPIRED, "OCOP-273-2027-0001", UNTIL.plusDays(30));
        assertFalse(expired.superseded());
        assertEquals("EXPIRED", expired.outcome());
        assertEquals("REVOKED", certificate(CertificateStatus.REVOKED, "OCOP-273-2025-0003", LocalDate.of(2025, 6, 1)).outcome());
    }
}
