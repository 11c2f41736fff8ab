package vn.ocop.certification;

import org.junit.jupiter.api.Test;
import vn.ocop.certification.control.Validity;
import vn.ocop.certification.entity.CertificateStatus;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 36 months from the signing date, and the state of a certificate at the edges (148/QĐ-TTg: 36 months). */
class ValidityTest {

    private static final LocalDate SIGNED = LocalDate.of(2019, 12, 5);
    private final Validity validity = Validity.fromSigning(SIGNED);

    @Test
    void holdsThirtySixMonthsFromSigningToTheDayBefore() {
        assertEquals(SIGNED, validity.from());
        assertEquals(LocalDate.of(2022, 12, 4), validity.until(), "last day of validity");
        assertEquals(LocalDate.of(2022, 12, 5), validity.expiresOn(), "first day without");
    }

    @Test
    void endOfFebruaryAndLeapYears() {
        assertEquals(LocalDate.of(2027, 2, 27), Validity.fromSigning(LocalDate.of(2024, 2, 28)).until());
        assertEquals(LocalDate.of(2027, 2, 27), Validity.fromSigning(LocalDate.of(2024, 2, 29)).until(),
                "29/02/2024 + 36 months is 28/02/2027, the day before is the last day");
        assertEquals(LocalDate.of(2022, 12, 30), Validity.fromSigning(LocalDate.of(2019, 12, 31)).until(), "a month's end");
    }

    @Test
    void validOnTheDayOfSigning() {
        assertEquals(CertificateStatus.VALID, validity.on(SIGNED, false), "day 0");
    }

    @Test
    void validWithThirtyOneDaysLeftAndExpiringWithThirty() {
        LocalDate last = validity.until();
        assertEquals(CertificateStatus.VALID, validity.on(last.minusDays(31), false));
        assertEquals(CertificateStatus.EXPIRING, validity.on(last.minusDays(30), false), "30 days left");
        assertEquals(30, validity.daysLeft(last.minusDays(30)));
        assertEquals(CertificateStatus.EXPIRING, validity.on(last, false), "the last day still holds");
    }

    @Test
    void expiredOnTheExpiryDay() {
        assertEquals(CertificateStatus.EXPIRED, validity.on(validity.expiresOn(), false));
        assertEquals(-1, validity.daysLeft(validity.expiresOn()));
        assertEquals(CertificateStatus.EXPIRED, validity.on(LocalDate.of(2026, 11, 28), false));
    }

    @Test
    void revokedWinsOnEveryDay() {
        for (LocalDate day : new LocalDate[] {SIGNED, validity.until().minusDays(30), validity.until(), validity.expiresOn()}) {
            assertEquals(CertificateStatus.REVOKED, validity.on(day, true), day.toString());
        }
    }
}
