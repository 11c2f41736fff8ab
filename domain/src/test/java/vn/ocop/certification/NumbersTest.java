package vn.ocop.certification;

import org.junit.jupiter.api.Test;
import vn.ocop.certification.control.Numbers;
import vn.ocop.certification.entity.NumberCounter;
import vn.ocop.shared.control.BusinessException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shapes of the official numbers and the counter they come from. */
class NumbersTest {

    @Test
    void decisionNumberIsSequenceSlashSymbol() {
        assertEquals("1/QĐ-UBND", Numbers.decision(1));
        assertEquals("123/QĐ-UBND", Numbers.decision(123));
        assertThrows(BusinessException.class, () -> Numbers.decision(0));
    }

    @Test
    void certificateNumberIsUrlSafeWithFourDigitsAtLeast() {
        assertEquals("OCOP-273-2019-0001", Numbers.certificate("273", 2019, 1));
        assertEquals("OCOP-273-2019-0999", Numbers.certificate("273", 2019, 999));
        assertEquals("OCOP-273-2019-12345", Numbers.certificate("273", 2019, 12345));
        String number = Numbers.certificate("273", 2024, 42);
        assertTrue(number.matches("[A-Za-z0-9-]+"), "letters, digits and hyphens only: " + number);
        assertThrows(IllegalArgumentException.class, () -> Numbers.certificate("27/3", 2019, 1));
        assertThrows(IllegalArgumentException.class, () -> Numbers.certificate("273", 19, 1));
    }

    @Test
    void typedNumbersAreCanonicalOrRefused() {
        assertEquals("OCOP-273-2019-0001", Numbers.canonicalCertificate("  ocop-273-2019-0001 "));
        assertTrue(Numbers.isCertificateNumber("OCOP-273-2019-0001"));
        assertNull(Numbers.canonicalCertificate("OCOP-273-2019-1"), "too few digits");
        assertNull(Numbers.canonicalCertificate("123/QĐ-UBND"));
        assertNull(Numbers.canonicalCertificate("OCOP-273-2019-0001' OR 1=1"));
        assertNull(Numbers.canonicalCertificate(null));
        assertFalse(Numbers.isCertificateNumber("OCOP-273-2019-" + "9".repeat(40)));
    }

    @Test
    void countersPerKindBodyAndYear() {
        assertEquals("DECISION:273:2019", Numbers.decisionCounter("273", 2019));
        assertEquals("CERTIFICATE:273:2019", Numbers.certificateCounter("273", 2019));
    }

    @Test
    void aCounterGivesConsecutiveNumbersAndBlocks() {
        NumberCounter counter = new NumberCounter("DECISION:273:2019");
        assertEquals(1, counter.next());
        assertEquals(2, counter.next());
        assertEquals(3, counter.take(30), "a block of 30 starts after the last number");
        assertEquals(32, counter.getLastValue());
        assertEquals(33, counter.next());
        assertThrows(IllegalArgumentException.class, () -> counter.take(0));
    }
}
