package vn.ocop.certification.control;

import org.junit.jupiter.api.Test;
import vn.ocop.shared.control.BusinessException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VerificationAddressTest {

    @Test
    void theConfiguredPublicAddressIsPrintedWithoutATrailingSlash() {
        assertEquals("https://ocop.hanoi.gov.vn/ocop", VerificationAddress.base(" https://ocop.hanoi.gov.vn/ocop/ ", false, () -> "x"));
        assertEquals("https://ocop.hanoi.gov.vn/ocop", VerificationAddress.base("https://ocop.hanoi.gov.vn/ocop", true, () -> "x"));
    }

    @Test
    void withoutOneAProductionServerRefusesToIssueAndSaysWhatToSet() {
        BusinessException refused = assertThrows(BusinessException.class, () -> VerificationAddress.base(null, false, () -> "x"));
        assertEquals("certification.publicUrl.missing", refused.messageKey());
        assertEquals("ocop.public-url", refused.arguments()[0]);
        assertThrows(BusinessException.class, () -> VerificationAddress.base("  ", false, () -> "x"));
    }

    @Test
    void aDemonstrationPrintsItsMachinesNameNeverLocalhostByDefault() {
        assertEquals("http://may-thu-nghiem:8080/ocop", VerificationAddress.base(null, true, () -> "may-thu-nghiem"));
    }
}
