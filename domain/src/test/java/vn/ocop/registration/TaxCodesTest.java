package vn.ocop.registration;

import org.junit.jupiter.api.Test;
import vn.ocop.registration.control.TaxCodes;
import vn.ocop.shared.control.BusinessException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaxCodesTest {

    @Test
    void checkDigitIsVerified() {
        assertTrue(TaxCodes.isTaxCode("0100109106"), "a real enterprise's tax code");
        assertTrue(TaxCodes.isTaxCode("0100109106-001"), "with a branch number");
        assertFalse(TaxCodes.isTaxCode("0100109107"), "wrong check digit");
        assertFalse(TaxCodes.isTaxCode("010010910"), "nine digits");
        assertFalse(TaxCodes.isTaxCode("0100109106-01"), "two-digit branch");
        assertFalse(TaxCodes.isTaxCode(null));
    }

    @Test
    void aCheckDigitOfTenIsNeverIssued() {
        // 000000001x: sum 3 → 10 − 3 = 7 is fine; find nine digits whose sum mod 11 is 0 → check 10.
        assertFalse(TaxCodes.isTaxCode("0000000000"), "sum 0 gives check digit 10: not a tax code");
    }

    @Test
    void canonicalFormRemovesSpacesAndRequiresATaxCodeWhereNeeded() {
        assertEquals("0100109106", TaxCodes.canonical(" 0100 109 106 ", true));
        assertEquals("01F8012345", TaxCodes.canonical("01f8012345", false), "a household's registration number");
        assertEquals("registration.taxCode.format", refused("01F8012345", true));
        assertEquals("registration.taxCode.checkDigit", refused("0100109107", false));
        assertEquals("error.required", refused("  ", false));
        assertEquals("registration.taxCode.formatOrNumber", refused("số 12", false));
    }

    private static String refused(String code, boolean required) {
        BusinessException e = assertThrows(BusinessException.class, () -> TaxCodes.canonical(code, required));
        assertEquals("taxCode", e.field());
        return e.messageKey();
    }
}
